//! OS-facing concurrency for Skein: the global lock, OS threads, interruptible waits, signals, the reactor and child processes. Knows nothing of Python objects.
//!
//! Start with `Runtime` (one per interpreter): it owns the global lock (`gil`), the eval
//! breaker the VM polls (`breaker`), and the thread registry. ARCHITECTURE.md's
//! "Runtime" section explains how the VM and the stdlib are meant to use all of it.

pub mod breaker;
pub mod clock;
pub mod gil;
pub mod lock;
mod parker;
pub mod runtime;
pub mod signals;
pub mod thread;
pub mod wait;

pub use breaker::{reason, EvalBreaker};
pub use clock::Clock;
pub use gil::{Gil, GilMode, SwitchIntervalError, DEFAULT_SWITCH_INTERVAL_US};
pub use lock::{Lock, LockError, RLock};
pub use runtime::{Config, Pending, Released, Runtime};
pub use signals::{Disposition, SignalError, SignalSet};
pub use thread::{
    current_ident, current_native_id, SpawnOptions, ThreadHandle, ThreadInfo, DEFAULT_STACK_SIZE,
    MIN_STACK_SIZE,
};
pub use wait::{deadline_after, remaining, sleep, sleep_until, WaitQueue, Wake, TIMEOUT_MAX};
