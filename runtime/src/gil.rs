//! The global interpreter lock as a scheduling policy: a fair hand-off on a switch interval, or nothing at all.
//!
//! The algorithm is CPython 3.11's (Python/ceval_gil.h), rewritten:
//! - A thread that wants the lock while another holds it waits on `cond` for one switch
//!   interval. If the interval passes and no switch happened meanwhile, it sets
//!   `GIL_DROP_REQUEST` in the eval breaker and waits again.
//! - The holder sees the request at its next poll (backward jump or call) and calls
//!   `yield_now`: it drops the lock, wakes one waiter, and then — FORCE_SWITCHING — waits
//!   on `switch_cond` until some other thread has taken the lock before it queues up to
//!   retake it. Without that, the dropper would usually win the race for the lock again
//!   and the waiter would starve.
//! - Blocking operations release the lock outright (`release`/`acquire`, wrapped by
//!   `Runtime::allow_threads`), with no forced switch: the releaser is about to block.
//!
//! With the lock off, every method returns after one branch on `enabled`, a field that is
//! fixed when the runtime is built, so `--gil=off` pays a predictable branch and nothing else.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use crate::breaker::{reason, EvalBreaker};
use crate::thread::current_ident;

/// Whether the global lock exists for this run. Chosen once at start-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GilMode {
    On,
    Off,
}

/// CPython's default switch interval, `sys.getswitchinterval() == 0.005`.
pub const DEFAULT_SWITCH_INTERVAL_US: u64 = 5000;

/// `sys.setswitchinterval` with a non-positive value; `Display` is CPython's message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SwitchIntervalError;

impl std::fmt::Display for SwitchIntervalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("switch interval must be strictly positive")
    }
}

impl std::error::Error for SwitchIntervalError {}

#[derive(Debug)]
struct GilState {
    locked: bool,
    /// Ident of the thread holding the lock; 0 when free.
    holder: u64,
    /// Ident of the thread that took the lock most recently (survives a release).
    last_holder: u64,
    /// Counts changes of `last_holder`: how a waiter knows a switch happened while it slept.
    switches: u64,
    /// Threads blocked in `acquire`.
    waiting: u32,
}

#[derive(Debug)]
pub struct Gil {
    enabled: bool,
    interval_us: AtomicU64,
    state: Mutex<GilState>,
    /// Signalled when the lock is dropped: wakes one waiter.
    cond: Condvar,
    /// Signalled when the lock is taken: wakes a holder that dropped it on request.
    switch_cond: Condvar,
}

impl Gil {
    pub fn new(mode: GilMode) -> Self {
        Gil {
            enabled: mode == GilMode::On,
            interval_us: AtomicU64::new(DEFAULT_SWITCH_INTERVAL_US),
            state: Mutex::new(GilState {
                locked: false,
                holder: 0,
                last_holder: 0,
                switches: 0,
                waiting: 0,
            }),
            cond: Condvar::new(),
            switch_cond: Condvar::new(),
        }
    }

    #[inline(always)]
    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// The switch interval in microseconds, CPython's unit (`sys.getswitchinterval()` is
    /// this divided by 1e6).
    pub fn switch_interval_us(&self) -> u64 {
        self.interval_us.load(Ordering::Relaxed)
    }

    /// Sets the switch interval in microseconds. Stored as given (CPython keeps 0 and
    /// reports `getswitchinterval() == 0.0`); waits use at least 1 µs.
    pub fn set_switch_interval_us(&self, us: u64) {
        self.interval_us.store(us, Ordering::Relaxed);
    }

    /// `sys.getswitchinterval()`: CPython computes `1e-6 * microseconds`, and so do we,
    /// so the float prints the same (0.005 by default).
    pub fn switch_interval_secs(&self) -> f64 {
        1e-6 * self.switch_interval_us() as f64
    }

    /// `sys.setswitchinterval(secs)`: ValueError("switch interval must be strictly
    /// positive") for `secs <= 0`; otherwise stores `(1e6 * secs)` truncated to whole
    /// microseconds (so 0.0051234567 reads back as 0.005123, and 1e-9 as 0.0).
    pub fn set_switch_interval_secs(&self, secs: f64) -> Result<(), SwitchIntervalError> {
        if secs <= 0.0 {
            return Err(SwitchIntervalError);
        }
        // `as` saturates (huge values wait "for ever") and maps NaN to 0, as the C cast
        // does on x86-64.
        self.set_switch_interval_us((1e6 * secs) as u64);
        Ok(())
    }

    /// How many times the lock passed to a different thread: tests and benchmarks read it
    /// to see that hand-offs happen.
    pub fn switches(&self) -> u64 {
        self.state.lock().switches
    }

    /// Whether the calling thread holds the lock (always false with the lock off).
    pub fn held_by_current(&self) -> bool {
        if !self.enabled {
            return false;
        }
        let s = self.state.lock();
        s.locked && s.holder == current_ident()
    }

    /// Takes the lock for the calling thread, waiting as long as needed and asking the
    /// holder to drop it after each switch interval without a switch. Taking a lock the
    /// caller already holds is a no-op, so a double attach cannot deadlock.
    pub fn acquire(&self, breaker: &EvalBreaker) {
        if !self.enabled {
            return;
        }
        let me = current_ident();
        let mut s = self.state.lock();
        if s.locked && s.holder == me {
            return;
        }
        if s.locked {
            s.waiting += 1;
            while s.locked {
                let seen = s.switches;
                let interval = Duration::from_micros(self.switch_interval_us().max(1));
                let timed_out = self.cond.wait_for(&mut s, interval).timed_out();
                if timed_out && s.locked && s.switches == seen {
                    breaker.set(reason::GIL_DROP_REQUEST);
                }
            }
            s.waiting -= 1;
        }
        s.locked = true;
        s.holder = me;
        if s.last_holder != me {
            s.last_holder = me;
            s.switches += 1;
        }
        // Any pending request was aimed at the previous holder; a waiter that still
        // wants the lock sets it again after its own interval.
        if breaker.has(reason::GIL_DROP_REQUEST) {
            breaker.clear(reason::GIL_DROP_REQUEST);
        }
        self.switch_cond.notify_all();
    }

    /// Releases the lock if the calling thread holds it; returns whether it did. Used
    /// around blocking operations and when a thread detaches.
    pub fn release(&self) -> bool {
        if !self.enabled {
            return false;
        }
        let me = current_ident();
        let mut s = self.state.lock();
        if !(s.locked && s.holder == me) {
            return false;
        }
        s.locked = false;
        s.holder = 0;
        if s.waiting > 0 {
            self.cond.notify_one();
        }
        true
    }

    /// The holder's answer to `GIL_DROP_REQUEST`: drop the lock, wait until another
    /// thread has taken it (FORCE_SWITCHING), then queue up to take it back.
    pub fn yield_now(&self, breaker: &EvalBreaker) {
        if !self.enabled {
            return;
        }
        let me = current_ident();
        let mut s = self.state.lock();
        if !(s.locked && s.holder == me) {
            // Not ours to give (a thread polling without the lock): nothing to do.
            return;
        }
        s.locked = false;
        s.holder = 0;
        self.cond.notify_one();
        if breaker.has(reason::GIL_DROP_REQUEST) {
            // The mutex is held until `wait` releases it, so the taker's notify cannot
            // slip in before we sleep. `waiting > 0` guards against a request whose
            // requester is gone: then nobody would ever take the lock.
            while s.last_holder == me && s.waiting > 0 {
                self.switch_cond.wait(&mut s);
            }
        }
        drop(s);
        self.acquire(breaker);
    }
}

impl Gil {
    /// After fork(2), in the child: the forking thread is the only thread left and holds
    /// the lock; waiters and requests from vanished threads are forgotten.
    pub(crate) fn reset_after_fork(&self, breaker: &EvalBreaker) {
        if !self.enabled {
            return;
        }
        if self.state.is_locked() {
            // Held by a thread that does not exist in the child, which is the situation
            // `force_unlock` is for: the guard is as good as forgotten.
            // SAFETY: no thread of this process holds a guard on `state`.
            unsafe { self.state.force_unlock() };
        }
        let me = current_ident();
        let mut s = self.state.lock();
        s.locked = true;
        s.holder = me;
        s.last_holder = me;
        s.waiting = 0;
        breaker.clear(reason::GIL_DROP_REQUEST);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicBool;
    use std::sync::Arc;
    use std::time::Instant;

    #[test]
    fn off_mode_is_inert() {
        let g = Gil::new(GilMode::Off);
        let b = EvalBreaker::new();
        g.acquire(&b);
        assert!(!g.held_by_current());
        assert!(!g.release());
        g.yield_now(&b);
        assert_eq!(g.switches(), 0);
    }

    #[test]
    fn acquire_release_and_double_acquire() {
        let g = Gil::new(GilMode::On);
        let b = EvalBreaker::new();
        g.acquire(&b);
        g.acquire(&b); // no deadlock
        assert!(g.held_by_current());
        assert!(g.release());
        assert!(!g.release());
        assert!(!g.held_by_current());
    }

    #[test]
    fn switch_interval_follows_cpython() {
        let g = Gil::new(GilMode::On);
        assert_eq!(g.switch_interval_us(), 5000);
        assert_eq!(format!("{}", g.switch_interval_secs()), "0.005");
        assert!(g.set_switch_interval_secs(0.0051234567).is_ok());
        assert_eq!(format!("{}", g.switch_interval_secs()), "0.005123");
        assert!(g.set_switch_interval_secs(1e-9).is_ok());
        assert_eq!(g.switch_interval_secs(), 0.0);
        assert_eq!(g.set_switch_interval_secs(0.0), Err(SwitchIntervalError));
        assert_eq!(g.set_switch_interval_secs(-1.0), Err(SwitchIntervalError));
        assert_eq!(
            SwitchIntervalError.to_string(),
            "switch interval must be strictly positive"
        );
        // A zero interval still works: waits use 1 µs.
        let b = EvalBreaker::new();
        g.acquire(&b);
        assert!(g.release());
    }

    /// A waiter that never gets the lock asks for it; the holder, polling, hands it over.
    #[test]
    fn waiter_sets_drop_request_and_holder_hands_over() {
        let g = Arc::new(Gil::new(GilMode::On));
        let b = Arc::new(EvalBreaker::new());
        g.set_switch_interval_us(1000);
        g.acquire(&b);
        let got_it = Arc::new(AtomicBool::new(false));
        let (g2, b2, got2) = (g.clone(), b.clone(), got_it.clone());
        let t = std::thread::spawn(move || {
            g2.acquire(&b2);
            got2.store(true, Ordering::SeqCst);
            g2.release();
        });
        // Spin like an eval loop until the waiter has had the lock.
        let limit = Instant::now() + Duration::from_secs(30);
        while !got_it.load(Ordering::SeqCst) && Instant::now() < limit {
            if b.is_set() && b.has(reason::GIL_DROP_REQUEST) {
                g.yield_now(&b);
            }
            std::hint::spin_loop();
        }
        assert!(got_it.load(Ordering::SeqCst), "waiter never got the lock");
        assert!(g.held_by_current());
        g.release();
        t.join().ok();
    }
}
