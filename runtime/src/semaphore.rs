//! `threading.Semaphore` and `BoundedSemaphore` without Python objects: a counter whose acquire waits interruptibly without the global lock.

use std::fmt;
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use crate::runtime::Runtime;
use crate::wait::{deadline_after, WaitQueue, Wake};

/// `BoundedSemaphore.release()` past the initial value; `Display` is CPython's ValueError
/// message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReleasedTooManyTimes;

impl fmt::Display for ReleasedTooManyTimes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Semaphore released too many times")
    }
}

impl std::error::Error for ReleasedTooManyTimes {}

#[derive(Debug)]
pub struct Semaphore {
    value: Mutex<u64>,
    /// `Some(initial)` for a BoundedSemaphore.
    bound: Option<u64>,
    waiters: WaitQueue,
}

impl Semaphore {
    /// `Semaphore(value)`; the stdlib rejects a negative value with
    /// ValueError("semaphore initial value must be >= 0") first.
    pub fn new(value: u64) -> Self {
        Semaphore {
            value: Mutex::new(value),
            bound: None,
            waiters: WaitQueue::new(),
        }
    }

    /// `BoundedSemaphore(value)`.
    pub fn bounded(value: u64) -> Self {
        Semaphore {
            bound: Some(value),
            ..Semaphore::new(value)
        }
    }

    /// The counter (`_value`).
    pub fn value(&self) -> u64 {
        *self.value.lock()
    }

    /// `acquire(blocking=False)`.
    pub fn try_acquire(&self) -> bool {
        let mut v = self.value.lock();
        if *v > 0 {
            *v -= 1;
            true
        } else {
            false
        }
    }

    /// `acquire(timeout=...)`: `Notified` when acquired, `TimedOut`, `Interrupted`.
    pub fn acquire(&self, rt: &Runtime, timeout: Option<Duration>) -> Wake {
        self.acquire_until(rt, deadline_after(timeout))
    }

    /// `acquire` with a deadline, for retries after an interruption.
    pub fn acquire_until(&self, rt: &Runtime, deadline: Option<Instant>) -> Wake {
        let mut v = self.value.lock();
        let woke = self.waiters.wait_until(rt, &mut v, deadline, |v| *v > 0);
        if woke == Wake::Notified {
            *v -= 1;
        }
        woke
    }

    /// `release(n)`: adds `n` and wakes up to `n` waiters. A bounded semaphore refuses
    /// (and changes nothing) if the value would pass its initial value.
    pub fn release(&self, n: u64) -> Result<(), ReleasedTooManyTimes> {
        let mut v = self.value.lock();
        let new = v.checked_add(n).ok_or(ReleasedTooManyTimes)?;
        if let Some(bound) = self.bound {
            if new > bound {
                return Err(ReleasedTooManyTimes);
            }
        }
        *v = new;
        self.waiters
            .notify(usize::try_from(n).unwrap_or(usize::MAX));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gil::GilMode;
    use crate::runtime::Config;
    use crate::thread::SpawnOptions;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::Arc;

    #[test]
    fn counts_bounds_and_timeouts() {
        let rt = Runtime::new(Config::default());
        let s = Semaphore::bounded(2);
        assert!(s.try_acquire());
        assert_eq!(s.acquire(&rt, None), Wake::Notified);
        assert!(!s.try_acquire());
        assert_eq!(
            s.acquire(&rt, Some(Duration::from_millis(5))),
            Wake::TimedOut
        );
        assert!(s.release(1).is_ok());
        assert!(s.release(1).is_ok());
        assert_eq!(s.release(1), Err(ReleasedTooManyTimes));
        assert_eq!(s.value(), 2);
        assert_eq!(
            ReleasedTooManyTimes.to_string(),
            "Semaphore released too many times"
        );
        let unbounded = Semaphore::new(0);
        assert!(unbounded.release(3).is_ok());
        assert_eq!(unbounded.value(), 3);
        rt.release();
    }

    /// At most `n` threads inside at once, everyone gets in, in both modes.
    #[test]
    fn limits_concurrency() {
        for mode in [GilMode::On, GilMode::Off] {
            let rt = Runtime::new(Config {
                gil: mode,
                ..Config::default()
            });
            let s = Arc::new(Semaphore::new(2));
            let inside = Arc::new(AtomicU64::new(0));
            let max_inside = Arc::new(AtomicU64::new(0));
            let mut hs = vec![];
            for _ in 0..5 {
                let (s2, rt2, in2, max2) =
                    (s.clone(), rt.clone(), inside.clone(), max_inside.clone());
                hs.push(
                    rt.spawn(SpawnOptions::default(), move || {
                        for _ in 0..20 {
                            assert_eq!(s2.acquire(&rt2, None), Wake::Notified);
                            let now = in2.fetch_add(1, Ordering::SeqCst) + 1;
                            max2.fetch_max(now, Ordering::SeqCst);
                            crate::wait::sleep(&rt2, Duration::from_micros(50));
                            in2.fetch_sub(1, Ordering::SeqCst);
                            assert!(s2.release(1).is_ok());
                        }
                    })
                    .expect("spawn"),
                );
            }
            for h in hs {
                assert_eq!(h.join(&rt, Some(Duration::from_secs(60))), Wake::Notified);
            }
            assert!(max_inside.load(Ordering::SeqCst) <= 2);
            assert_eq!(s.value(), 2);
            rt.release();
        }
    }
}
