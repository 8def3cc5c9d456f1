//! `threading.Event` without Python objects: a flag that waits release the global lock for, interruptibly.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use crate::runtime::Runtime;
use crate::wait::{deadline_after, WaitQueue, Wake};

#[derive(Debug, Default)]
pub struct Event {
    /// The flag: written only under `guard` (so a waiter cannot miss a `set`), read
    /// without it (`is_set()` is what a starter polls, see `_thread._start_joinable`).
    flag: AtomicBool,
    guard: Mutex<()>,
    waiters: WaitQueue,
}

impl Event {
    pub const fn new() -> Self {
        Event {
            flag: AtomicBool::new(false),
            guard: parking_lot::const_mutex(()),
            waiters: WaitQueue::new(),
        }
    }

    /// `is_set()`.
    pub fn is_set(&self) -> bool {
        self.flag.load(Ordering::Acquire)
    }

    /// `set()`: sets the flag and wakes every waiter.
    pub fn set(&self) {
        let _g = self.guard.lock();
        self.flag.store(true, Ordering::Release);
        self.waiters.notify_all();
    }

    /// `clear()`.
    pub fn clear(&self) {
        let _g = self.guard.lock();
        self.flag.store(false, Ordering::Release);
    }

    /// `wait(timeout)`: `Notified` once the flag is set (True), `TimedOut` (False), or
    /// `Interrupted` (run handlers, then `wait_until` with the same deadline).
    pub fn wait(&self, rt: &Runtime, timeout: Option<Duration>) -> Wake {
        self.wait_until(rt, deadline_after(timeout))
    }

    /// `wait` with a deadline, for retries after an interruption.
    pub fn wait_until(&self, rt: &Runtime, deadline: Option<Instant>) -> Wake {
        let mut g = self.guard.lock();
        self.waiters
            .wait_until(rt, &mut g, deadline, |_| self.flag.load(Ordering::Acquire))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gil::GilMode;
    use crate::runtime::Config;
    use crate::thread::SpawnOptions;
    use std::sync::Arc;

    #[test]
    fn set_wakes_all_waiters_and_timeouts_report_false() {
        for mode in [GilMode::On, GilMode::Off] {
            let rt = Runtime::new(Config {
                gil: mode,
                ..Config::default()
            });
            let ev = Arc::new(Event::new());
            assert_eq!(ev.wait(&rt, Some(Duration::from_millis(5))), Wake::TimedOut);
            let mut hs = vec![];
            for _ in 0..3 {
                let (ev2, rt2) = (ev.clone(), rt.clone());
                hs.push(
                    rt.spawn(SpawnOptions::default(), move || {
                        assert_eq!(
                            ev2.wait(&rt2, Some(Duration::from_secs(30))),
                            Wake::Notified
                        );
                    })
                    .expect("spawn"),
                );
            }
            crate::wait::sleep(&rt, Duration::from_millis(5));
            ev.set();
            assert!(ev.is_set());
            for h in hs {
                assert_eq!(h.join(&rt, Some(Duration::from_secs(30))), Wake::Notified);
            }
            assert_eq!(ev.wait(&rt, None), Wake::Notified);
            ev.clear();
            assert!(!ev.is_set());
            rt.release();
        }
    }
}
