//! `_thread.lock` and `_thread.RLock`: interruptible, timed locks that release the global lock while blocked.
//!
//! `Lock` is not owned: any thread may release it (CPython allows this, and
//! `threading.Condition` and `Thread.join` rely on it). `RLock` is owned and counts
//! recursion. Both acquire in two steps, as CPython does: a non-blocking attempt that
//! keeps the global lock (so an uncontended acquire never lets another thread run), and
//! only when that fails a wait that releases it.

use std::fmt;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use crate::runtime::Runtime;
use crate::thread::current_ident;
use crate::wait::{deadline_after, WaitQueue, Wake};

/// Why a release was refused; `Display` is CPython's RuntimeError message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockError {
    /// `Lock.release()` on an unlocked lock.
    NotLocked,
    /// `RLock.release()` by a thread that does not own it.
    NotOwned,
    /// The recursion count would overflow (CPython: OverflowError).
    CountOverflow,
}

impl fmt::Display for LockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LockError::NotLocked => "release unlocked lock",
            LockError::NotOwned => "cannot release un-acquired lock",
            LockError::CountOverflow => "Internal lock count overflowed",
        })
    }
}

impl std::error::Error for LockError {}

/// A plain lock. `acquire` returns `Wake::Notified` when it got the lock, `TimedOut`
/// when the timeout passed, `Interrupted` for a signal or shutdown (the caller runs
/// handlers and retries with `acquire_until` and the same deadline).
#[derive(Debug, Default)]
pub struct Lock {
    locked: Mutex<bool>,
    /// `*locked`, mirrored under the mutex, so `locked()` — which many threads may poll
    /// on one shared lock — reads it without writing the mutex's cache line.
    held: AtomicBool,
    /// A released waiter has been woken and has not yet run: later releases wake no
    /// one more. Under contention the releasing thread usually takes the lock again
    /// before the woken one runs, and every extra wake-up is a context switch that
    /// only finds the lock taken.
    waking: AtomicBool,
    waiters: WaitQueue,
}

impl Lock {
    pub const fn new() -> Self {
        Lock {
            locked: parking_lot::const_mutex(false),
            held: AtomicBool::new(false),
            waking: AtomicBool::new(false),
            waiters: WaitQueue::new(),
        }
    }

    /// `acquire(blocking=False)`.
    pub fn try_acquire(&self) -> bool {
        let mut locked = self.locked.lock();
        if *locked {
            false
        } else {
            *locked = true;
            self.held.store(true, Ordering::Release);
            true
        }
    }

    /// `acquire(timeout=...)`; `None` waits forever.
    pub fn acquire(&self, rt: &Runtime, timeout: Option<Duration>) -> Wake {
        if self.try_acquire() {
            return Wake::Notified;
        }
        self.acquire_until(rt, deadline_after(timeout))
    }

    /// Acquires before `deadline` (`None`: no deadline): the form to retry with after
    /// an interrupted attempt, so the total wait stays what the script asked for.
    pub fn acquire_until(&self, rt: &Runtime, deadline: Option<Instant>) -> Wake {
        let mut locked = self.locked.lock();
        let mut woken = false;
        let woke = self.waiters.wait_until(rt, &mut locked, deadline, |l| {
            // After each sleep (not before the first): this thread is the woken one.
            if woken {
                self.waking.store(false, Ordering::Release);
            }
            woken = true;
            !*l
        });
        if woke == Wake::Notified {
            *locked = true;
            self.held.store(true, Ordering::Release);
        }
        woke
    }

    /// Releases the lock, from any thread, and wakes one waiter.
    pub fn release(&self) -> Result<(), LockError> {
        let mut locked = self.locked.lock();
        if !*locked {
            return Err(LockError::NotLocked);
        }
        *locked = false;
        self.held.store(false, Ordering::Release);
        if !self.waking.swap(true, Ordering::AcqRel) && !self.waiters.notify_one() {
            self.waking.store(false, Ordering::Release);
        }
        Ok(())
    }

    /// `_at_fork_reinit()`: unlocked, with no wake-up in flight (in a forked child the
    /// threads that were waiting or woken do not exist).
    pub fn reinit(&self) {
        let mut locked = self.locked.lock();
        *locked = false;
        self.held.store(false, Ordering::Release);
        self.waking.store(false, Ordering::Release);
    }

    /// `locked()`: a load, no lock taken.
    pub fn is_locked(&self) -> bool {
        self.held.load(Ordering::Acquire)
    }
}

/// A reentrant lock: the owner may acquire it again; it is free after as many releases.
#[derive(Debug, Default)]
pub struct RLock {
    lock: Lock,
    /// Ident of the owning thread, 0 when free. Written only by the owner while it holds
    /// `lock`, read by anyone (a non-owner only compares it with its own ident).
    owner: AtomicU64,
    /// Recursion depth; touched only by the owner.
    count: AtomicU64,
}

impl RLock {
    pub const fn new() -> Self {
        RLock {
            lock: Lock::new(),
            owner: AtomicU64::new(0),
            count: AtomicU64::new(0),
        }
    }

    fn reenter(&self, me: u64) -> Option<Result<Wake, LockError>> {
        if self.owner.load(Ordering::Acquire) != me {
            return None;
        }
        let count = self.count.load(Ordering::Relaxed);
        Some(match count.checked_add(1) {
            Some(c) => {
                self.count.store(c, Ordering::Relaxed);
                Ok(Wake::Notified)
            }
            None => Err(LockError::CountOverflow),
        })
    }

    fn take(&self, me: u64, count: u64) {
        self.owner.store(me, Ordering::Release);
        self.count.store(count, Ordering::Relaxed);
    }

    /// `acquire(blocking=False)`.
    pub fn try_acquire(&self) -> Result<bool, LockError> {
        let me = current_ident();
        if let Some(r) = self.reenter(me) {
            return r.map(|_| true);
        }
        if self.lock.try_acquire() {
            self.take(me, 1);
            return Ok(true);
        }
        Ok(false)
    }

    /// `acquire(timeout=...)`, see `Lock::acquire`.
    pub fn acquire(&self, rt: &Runtime, timeout: Option<Duration>) -> Result<Wake, LockError> {
        self.acquire_until(rt, deadline_after(timeout))
    }

    /// See `Lock::acquire_until`.
    pub fn acquire_until(
        &self,
        rt: &Runtime,
        deadline: Option<Instant>,
    ) -> Result<Wake, LockError> {
        let me = current_ident();
        if let Some(r) = self.reenter(me) {
            return r;
        }
        let woke = if self.lock.try_acquire() {
            Wake::Notified
        } else {
            self.lock.acquire_until(rt, deadline)
        };
        if woke == Wake::Notified {
            self.take(me, 1);
        }
        Ok(woke)
    }

    /// Releases one level; the lock is free after the outermost release.
    pub fn release(&self) -> Result<(), LockError> {
        let me = current_ident();
        if self.owner.load(Ordering::Acquire) != me {
            return Err(LockError::NotOwned);
        }
        let count = self.count.load(Ordering::Relaxed);
        if count <= 1 {
            self.count.store(0, Ordering::Relaxed);
            self.owner.store(0, Ordering::Release);
            self.lock.release()
        } else {
            self.count.store(count - 1, Ordering::Relaxed);
            Ok(())
        }
    }

    /// `_is_owned()`: whether the calling thread owns the lock.
    pub fn is_owned(&self) -> bool {
        self.owner.load(Ordering::Acquire) == current_ident()
    }

    /// The owner's ident (0 when free) and the recursion count, for `repr`.
    pub fn owner_and_count(&self) -> (u64, u64) {
        (
            self.owner.load(Ordering::Acquire),
            self.count.load(Ordering::Relaxed),
        )
    }

    /// `_release_save()`, used by `Condition.wait`: releases every level at once and
    /// returns what `acquire_restore` needs to put them back.
    pub fn release_save(&self) -> Result<(u64, u64), LockError> {
        let me = current_ident();
        let count = self.count.load(Ordering::Relaxed);
        if count == 0 || self.owner.load(Ordering::Acquire) != me {
            return Err(LockError::NotOwned);
        }
        self.count.store(0, Ordering::Relaxed);
        self.owner.store(0, Ordering::Release);
        self.lock.release()?;
        Ok((count, me))
    }

    /// `_acquire_restore(state)`: acquires (waiting as long as needed) and restores the
    /// saved recursion count. `Interrupted` means not acquired yet: retry after handlers.
    pub fn acquire_restore(&self, rt: &Runtime, saved: (u64, u64)) -> Wake {
        let woke = if self.lock.try_acquire() {
            Wake::Notified
        } else {
            self.lock.acquire_until(rt, None)
        };
        if woke == Wake::Notified {
            self.take(saved.1, saved.0);
        }
        woke
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gil::GilMode;
    use crate::runtime::Config;
    use crate::thread::SpawnOptions;
    use std::sync::Arc;

    fn rt(mode: GilMode) -> Arc<Runtime> {
        Runtime::new(Config {
            gil: mode,
            ..Config::default()
        })
    }

    #[test]
    fn lock_basics_and_cpython_messages() {
        let rt = rt(GilMode::On);
        let l = Lock::new();
        assert!(!l.is_locked());
        assert_eq!(l.acquire(&rt, None), Wake::Notified);
        assert!(l.is_locked());
        assert!(!l.try_acquire());
        assert_eq!(
            l.acquire(&rt, Some(Duration::from_millis(5))),
            Wake::TimedOut
        );
        assert!(l.release().is_ok());
        assert_eq!(l.release(), Err(LockError::NotLocked));
        assert_eq!(LockError::NotLocked.to_string(), "release unlocked lock");
        rt.release();
    }

    #[test]
    fn lock_released_by_another_thread_wakes_the_waiter() {
        for mode in [GilMode::On, GilMode::Off] {
            let rt = rt(mode);
            let l = Arc::new(Lock::new());
            assert!(l.try_acquire());
            let (l2, rt2) = (l.clone(), rt.clone());
            let releaser = rt
                .spawn(SpawnOptions::default(), move || {
                    crate::wait::sleep(&rt2, Duration::from_millis(10));
                    assert!(l2.release().is_ok());
                })
                .expect("spawn");
            // Blocks (without the global lock, so the releaser can run) until released.
            assert_eq!(
                l.acquire(&rt, Some(Duration::from_secs(30))),
                Wake::Notified
            );
            assert_eq!(
                releaser.join(&rt, Some(Duration::from_secs(30))),
                Wake::Notified
            );
            rt.release();
        }
    }

    #[test]
    fn contended_lock_counts_exactly() {
        let rt = rt(GilMode::Off);
        let l = Arc::new(Lock::new());
        let counter = Arc::new(AtomicU64::new(0));
        let mut hs = vec![];
        for _ in 0..4 {
            let (l2, rt2, c2) = (l.clone(), rt.clone(), counter.clone());
            hs.push(
                rt.spawn(SpawnOptions::default(), move || {
                    for _ in 0..2000 {
                        assert_eq!(l2.acquire(&rt2, None), Wake::Notified);
                        // A racy read-modify-write made safe by the lock.
                        let v = c2.load(Ordering::Relaxed);
                        c2.store(v + 1, Ordering::Relaxed);
                        assert!(l2.release().is_ok());
                    }
                })
                .expect("spawn"),
            );
        }
        for h in hs {
            assert_eq!(h.join(&rt, Some(Duration::from_secs(60))), Wake::Notified);
        }
        assert_eq!(counter.load(Ordering::SeqCst), 8000);
    }

    /// Waiters that time out, including ones woken just as their time ran out, never
    /// leave the lock with a wake-up "in flight" that no one will clear: every blocking
    /// acquirer still gets the lock.
    #[test]
    fn timed_out_waiters_do_not_strand_blocking_ones() {
        let rt = rt(GilMode::Off);
        let l = Arc::new(Lock::new());
        let done = Arc::new(AtomicU64::new(0));
        let mut hs = vec![];
        for i in 0..6 {
            let (l2, rt2, d2) = (l.clone(), rt.clone(), done.clone());
            hs.push(
                rt.spawn(SpawnOptions::default(), move || {
                    for _ in 0..1000 {
                        let timeout = (i % 2 == 0).then(|| Duration::from_micros(20));
                        if l2.acquire(&rt2, timeout) == Wake::Notified {
                            std::hint::spin_loop();
                            assert!(l2.release().is_ok());
                        }
                    }
                    d2.fetch_add(1, Ordering::SeqCst);
                })
                .expect("spawn"),
            );
        }
        for h in hs {
            assert_eq!(h.join(&rt, Some(Duration::from_secs(60))), Wake::Notified);
        }
        assert_eq!(done.load(Ordering::SeqCst), 6);
        assert!(!l.is_locked());
        // After a fork-style reinit the lock is free and wakes its next waiter.
        assert!(l.try_acquire());
        l.reinit();
        assert!(l.try_acquire());
        assert!(l.release().is_ok());
    }

    #[test]
    fn rlock_recursion_ownership_and_save_restore() {
        let rt = rt(GilMode::On);
        let r = Arc::new(RLock::new());
        assert_eq!(r.release(), Err(LockError::NotOwned));
        assert_eq!(r.acquire(&rt, None), Ok(Wake::Notified));
        assert_eq!(r.try_acquire(), Ok(true));
        assert!(r.is_owned());
        assert_eq!(r.owner_and_count().1, 2);
        // Another thread can neither take nor release it.
        let (r2, rt2) = (r.clone(), rt.clone());
        let other = rt
            .spawn(SpawnOptions::default(), move || {
                assert_eq!(r2.try_acquire(), Ok(false));
                assert_eq!(r2.release(), Err(LockError::NotOwned));
                assert!(!r2.is_owned());
                assert_eq!(
                    r2.acquire(&rt2, Some(Duration::from_millis(5))),
                    Ok(Wake::TimedOut)
                );
            })
            .expect("spawn");
        assert_eq!(
            other.join(&rt, Some(Duration::from_secs(30))),
            Wake::Notified
        );
        let saved = r.release_save().expect("owned");
        assert_eq!(saved.0, 2);
        assert!(!r.is_owned());
        assert_eq!(r.acquire_restore(&rt, saved), Wake::Notified);
        assert_eq!(r.owner_and_count().1, 2);
        assert!(r.release().is_ok());
        assert!(r.release().is_ok());
        assert_eq!(r.owner_and_count(), (0, 0));
        rt.release();
    }
}
