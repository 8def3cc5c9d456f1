//! OS-facing concurrency for Skein: the global lock, OS threads, interruptible waits, signals, the reactor and child processes. Knows nothing of Python objects.
//!
//! Start with `Runtime` (one per interpreter): it owns the global lock (`gil`), the eval
//! breaker the VM polls (`breaker`), and the thread registry. ARCHITECTURE.md's
//! "Runtime" section explains how the VM and the stdlib are meant to use all of it.
//!
//! The whole life cycle in one place: an eval loop that polls, a second thread, a lock
//! taken with a PEP 475 retry loop, a sleep.
//!
//! ```
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use std::time::Duration;
//! use skein_runtime::{deadline_after, Config, GilMode, Lock, Pending, Runtime, SpawnOptions, Wake};
//!
//! let rt = Runtime::new(Config { gil: GilMode::On, ..Config::default() }); // main holds the lock
//! let lock = std::sync::Arc::new(Lock::new());
//! assert!(lock.try_acquire());
//!
//! let (rt2, lock2) = (rt.clone(), lock.clone());
//! let worker = rt
//!     .spawn(SpawnOptions { name: Some("Thread-1 (work)".into()), stack_size: None }, move || {
//!         // The body runs holding the global lock; an eval loop polls at jumps and calls.
//!         for _ in 0..1000 {
//!             if let Some(Pending::Shutdown) = rt2.poll() {
//!                 return;
//!             }
//!         }
//!         // Any thread may release a plain Lock; an Err is RuntimeError(e.to_string()).
//!         if let Err(_e) = lock2.release() { /* raise */ }
//!     })?; // Err: RuntimeError("can't start new thread")
//!
//! // `lock.acquire(timeout=5)` on the main thread: interrupted waits run the signal
//! // handlers and retry with the same deadline (PEP 475).
//! let deadline = deadline_after(Some(Duration::from_secs(5)));
//! let acquired = loop {
//!     match lock.acquire_until(&rt, deadline) {
//!         Wake::Interrupted => {
//!             for _sig in rt.take_signals().iter() { /* run the Python handler; `?` its error */ }
//!         }
//!         other => break other == Wake::Notified,
//!     }
//! };
//! assert!(acquired);
//! assert_eq!(worker.join(&rt, None), Wake::Notified);
//! assert_eq!(skein_runtime::sleep(&rt, Duration::from_millis(1)), Wake::TimedOut);
//! # Ok(())
//! # }
//! ```

pub mod alloc;
pub mod breaker;
pub mod clock;
pub mod event;
pub mod gil;
pub mod lock;
mod parker;
pub mod placement;
pub mod runtime;
pub mod semaphore;
pub mod signals;
pub mod thread;
pub mod wait;

pub use breaker::{reason, EvalBreaker};
pub use clock::Clock;
pub use event::Event;
pub use gil::{Gil, GilMode, SwitchIntervalError, DEFAULT_SWITCH_INTERVAL_US};
pub use lock::{Lock, LockError, RLock};
pub use runtime::{Config, Pending, Released, Runtime};
pub use semaphore::{ReleasedTooManyTimes, Semaphore};
pub use signals::{Disposition, SignalError, SignalSet};
pub use thread::{
    current_ident, current_native_id, SpawnOptions, ThreadHandle, ThreadInfo, DEFAULT_STACK_SIZE,
    MIN_STACK_SIZE,
};
pub use wait::{deadline_after, remaining, sleep, sleep_until, WaitQueue, Wake, TIMEOUT_MAX};
