//! Interruptible waits: the wait queue under every Lock, Condition, Event, Queue and join, plus sleep and timeouts.
//!
//! A wait releases the global lock while it sleeps, and ends in one of three ways
//! (`Wake`): the condition was signalled, the deadline passed, or it was interrupted —
//! by a pending signal (main thread only) or by interpreter shutdown. On `Interrupted`
//! the VM runs the signal handlers and, if none raised, waits again for the time left
//! (PEP 475). The runtime never retries by itself because only the VM can run handlers.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::{Mutex, MutexGuard};

use crate::runtime::Runtime;
use crate::thread::{self, ThreadInfo};

/// How a wait ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wake {
    /// Notified, or the awaited condition holds.
    Notified,
    /// The deadline passed first.
    TimedOut,
    /// A signal is pending for the main thread, or the interpreter is shutting down.
    Interrupted,
}

/// `threading.TIMEOUT_MAX` / `_thread.TIMEOUT_MAX` on 64-bit Linux, in seconds:
/// CPython's PY_TIMEOUT_MAX (LLONG_MAX / 1000 µs) divided by 1e6.
pub const TIMEOUT_MAX: f64 = (i64::MAX / 1000) as f64 / 1e6;

/// The instant a wait of `timeout` from now ends; `None` waits forever, and so does a
/// timeout too large for the clock (anything near TIMEOUT_MAX is centuries).
pub fn deadline_after(timeout: Option<Duration>) -> Option<Instant> {
    timeout.and_then(|t| Instant::now().checked_add(t))
}

/// Time left until `deadline` (zero once passed); `None` for no deadline. For retrying
/// after an interrupted wait with the remaining time.
pub fn remaining(deadline: Option<Instant>) -> Option<Duration> {
    deadline.map(|d| d.saturating_duration_since(Instant::now()))
}

#[derive(Debug)]
struct Waiter {
    thread: Arc<ThreadInfo>,
    /// Set by a notifier under the queue's lock, which also removes the waiter: so
    /// "notified" and "no longer queued" are the same fact, and a waiter that times out
    /// at the moment it is notified keeps the notification instead of losing it.
    notified: AtomicBool,
}

/// A FIFO of waiting threads, used like a condition variable with a parking_lot mutex
/// that guards the awaited state. Notify while holding that mutex (as Python requires
/// `Condition.notify` to hold the lock): that is what makes the waiter count a safe
/// shortcut when nobody waits.
#[derive(Debug, Default)]
pub struct WaitQueue {
    waiters: Mutex<VecDeque<Arc<Waiter>>>,
    len: AtomicUsize,
}

impl WaitQueue {
    pub const fn new() -> Self {
        WaitQueue {
            waiters: parking_lot::const_mutex(VecDeque::new()),
            len: AtomicUsize::new(0),
        }
    }

    /// Threads waiting now.
    pub fn len(&self) -> usize {
        self.len.load(Ordering::SeqCst)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Unlocks `guard`'s mutex, releases the global lock, sleeps until notified, until
    /// `deadline`, or until interrupted, then retakes the global lock and then the mutex
    /// (in that order: nobody may wait for the global lock while holding a mutex).
    pub fn wait<T>(
        &self,
        rt: &Runtime,
        guard: &mut MutexGuard<'_, T>,
        deadline: Option<Instant>,
    ) -> Wake {
        let me = thread::current();
        // Checked before queueing: a pending signal must not be hidden behind a sleep.
        if rt.interrupt_pending(&me) {
            return Wake::Interrupted;
        }
        let waiter = self.enqueue(me);
        let woke = MutexGuard::unlocked(guard, || self.sleep(rt, &waiter, deadline));
        self.finish(&waiter, woke)
    }

    /// `Condition.wait` over a lock that is not a parking_lot mutex (a `Lock`, an
    /// `RLock`, or a Python object's `release()`): queues the calling thread, then calls
    /// `release` — always, exactly once — then sleeps without the global lock until
    /// notified, `deadline`, or an interrupt. It does NOT retake the lock: the caller
    /// does (`RLock::acquire_restore`), whatever the outcome. Queueing before `release`
    /// is what makes a `notify` issued right after the release reach this waiter, as
    /// long as notifiers hold the lock (Python requires it).
    pub fn wait_releasing(
        &self,
        rt: &Runtime,
        deadline: Option<Instant>,
        release: impl FnOnce(),
    ) -> Wake {
        let waiter = self.enqueue(thread::current());
        release();
        let woke = self.sleep(rt, &waiter, deadline);
        self.finish(&waiter, woke)
    }

    fn enqueue(&self, me: Arc<ThreadInfo>) -> Arc<Waiter> {
        let waiter = Arc::new(Waiter {
            thread: me,
            notified: AtomicBool::new(false),
        });
        let mut q = self.waiters.lock();
        q.push_back(waiter.clone());
        self.len.store(q.len(), Ordering::SeqCst);
        waiter
    }

    fn sleep(&self, rt: &Runtime, waiter: &Waiter, deadline: Option<Instant>) -> Wake {
        rt.allow_threads(|| {
            park(rt, &waiter.thread, deadline, || {
                waiter.notified.load(Ordering::SeqCst)
            })
        })
    }

    /// Leaves the queue unless a notifier already took us out, in which case the
    /// notification stands whatever ended the sleep.
    fn finish(&self, waiter: &Arc<Waiter>, woke: Wake) -> Wake {
        if woke == Wake::Notified {
            return woke;
        }
        let mut q = self.waiters.lock();
        if waiter.notified.load(Ordering::SeqCst) {
            return Wake::Notified;
        }
        q.retain(|w| !Arc::ptr_eq(w, waiter));
        self.len.store(q.len(), Ordering::SeqCst);
        woke
    }

    /// Waits until `ready(&mut state)` holds: `Notified` as soon as it does (at once if
    /// it already does), else `TimedOut` or `Interrupted`. The state is re-checked after
    /// every wake-up, so spurious and stolen wake-ups are harmless.
    pub fn wait_until<T>(
        &self,
        rt: &Runtime,
        guard: &mut MutexGuard<'_, T>,
        deadline: Option<Instant>,
        mut ready: impl FnMut(&mut T) -> bool,
    ) -> Wake {
        loop {
            if ready(&mut **guard) {
                return Wake::Notified;
            }
            match self.wait(rt, guard, deadline) {
                Wake::Notified => continue,
                other => {
                    // The condition may have become true as the wait ended.
                    return if ready(&mut **guard) {
                        Wake::Notified
                    } else {
                        other
                    };
                }
            }
        }
    }

    /// Wakes the longest-waiting thread; returns whether there was one.
    pub fn notify_one(&self) -> bool {
        self.notify(1) == 1
    }

    /// Wakes every waiting thread; returns how many.
    pub fn notify_all(&self) -> usize {
        self.notify(usize::MAX)
    }

    /// Wakes up to `n` threads in arrival order (`Condition.notify(n)`); returns how many.
    pub fn notify(&self, n: usize) -> usize {
        if self.len.load(Ordering::SeqCst) == 0 {
            return 0;
        }
        let mut q = self.waiters.lock();
        let mut woken = 0;
        while woken < n {
            let Some(w) = q.pop_front() else { break };
            w.notified.store(true, Ordering::SeqCst);
            w.thread.parker().wake();
            woken += 1;
        }
        self.len.store(q.len(), Ordering::SeqCst);
        woken
    }
}

/// Sleeps on `me`'s parker until `notified()` holds, `deadline` passes, or an interrupt
/// is pending. The parker word is only a hint; the loop re-checks every condition after
/// resetting it, so a wake-up racing with the checks is never lost.
pub(crate) fn park(
    rt: &Runtime,
    me: &ThreadInfo,
    deadline: Option<Instant>,
    notified: impl Fn() -> bool,
) -> Wake {
    loop {
        me.parker().reset();
        if notified() {
            return Wake::Notified;
        }
        if rt.interrupt_pending(me) {
            return Wake::Interrupted;
        }
        if let Some(d) = deadline {
            if Instant::now() >= d {
                return Wake::TimedOut;
            }
        }
        me.parker().sleep(deadline);
    }
}

/// `time.sleep`: sleeps without the global lock until `deadline`. Returns `TimedOut`
/// when the full time has passed, `Interrupted` early for a signal (main thread) or
/// shutdown: run the handlers, then call again with the same deadline.
pub fn sleep_until(rt: &Runtime, deadline: Instant) -> Wake {
    let me = thread::current();
    rt.allow_threads(|| park(rt, &me, Some(deadline), || false))
}

/// `sleep_until(now + duration)`; a duration beyond the clock's range sleeps until
/// interrupted.
pub fn sleep(rt: &Runtime, duration: Duration) -> Wake {
    let me = thread::current();
    let deadline = deadline_after(Some(duration));
    rt.allow_threads(|| park(rt, &me, deadline, || false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gil::GilMode;
    use crate::runtime::Config;
    use crate::thread::SpawnOptions;

    fn rt(mode: GilMode) -> Arc<Runtime> {
        Runtime::new(Config {
            gil: mode,
            ..Config::default()
        })
    }

    #[test]
    fn timeout_max_matches_cpython() {
        assert_eq!(format!("{TIMEOUT_MAX}"), "9223372036.854776");
        assert!(deadline_after(Some(Duration::from_secs_f64(TIMEOUT_MAX))).is_some());
        assert_eq!(deadline_after(Some(Duration::MAX)), None);
    }

    #[test]
    fn wait_times_out_and_releases_the_lock() {
        let rt = rt(GilMode::On);
        let m = Mutex::new(0);
        let q = WaitQueue::new();
        let mut g = m.lock();
        let r = q.wait(&rt, &mut g, deadline_after(Some(Duration::from_millis(10))));
        assert_eq!(r, Wake::TimedOut);
        assert!(q.is_empty());
        assert!(rt.gil().held_by_current());
        drop(g);
        rt.release();
    }

    #[test]
    fn notify_wakes_a_waiter_in_another_thread() {
        for mode in [GilMode::On, GilMode::Off] {
            let rt = rt(mode);
            let state = Arc::new((Mutex::new(false), WaitQueue::new()));
            let (state2, rt2) = (state.clone(), rt.clone());
            let h = rt
                .spawn(SpawnOptions::default(), move || {
                    let (m, q) = &*state2;
                    let mut g = m.lock();
                    let r = q.wait_until(
                        &rt2,
                        &mut g,
                        deadline_after(Some(Duration::from_secs(30))),
                        |ready| *ready,
                    );
                    assert_eq!(r, Wake::Notified);
                })
                .expect("spawn");
            // Let the waiter queue up (not required for correctness: wait_until re-checks).
            let limit = Instant::now() + Duration::from_secs(30);
            while state.1.is_empty() && Instant::now() < limit {
                sleep(&rt, Duration::from_millis(1));
            }
            {
                let (m, q) = &*state;
                let mut g = m.lock();
                *g = true;
                assert!(q.notify_one());
            }
            assert_eq!(h.join(&rt, Some(Duration::from_secs(30))), Wake::Notified);
            rt.release();
        }
    }

    #[test]
    fn notify_all_wakes_everyone_in_fifo_order_of_notification() {
        let rt = rt(GilMode::Off);
        let state = Arc::new((Mutex::new(0u32), WaitQueue::new()));
        let mut handles = vec![];
        for _ in 0..3 {
            let (state2, rt2) = (state.clone(), rt.clone());
            handles.push(
                rt.spawn(SpawnOptions::default(), move || {
                    let (m, q) = &*state2;
                    let mut g = m.lock();
                    let r = q.wait(&rt2, &mut g, deadline_after(Some(Duration::from_secs(30))));
                    assert_eq!(r, Wake::Notified);
                    *g += 1;
                })
                .expect("spawn"),
            );
        }
        let limit = Instant::now() + Duration::from_secs(30);
        while state.1.len() < 3 && Instant::now() < limit {
            sleep(&rt, Duration::from_millis(1));
        }
        {
            let g = state.0.lock();
            assert_eq!(state.1.notify_all(), 3);
            drop(g);
        }
        for h in handles {
            assert_eq!(h.join(&rt, Some(Duration::from_secs(30))), Wake::Notified);
        }
        assert_eq!(*state.0.lock(), 3);
    }

    #[test]
    fn shutdown_interrupts_waits_and_sleeps() {
        let rt = rt(GilMode::On);
        let rt2 = rt.clone();
        let h = rt
            .spawn(SpawnOptions::default(), move || {
                let r = sleep(&rt2, Duration::from_secs(3600));
                assert_eq!(r, Wake::Interrupted);
                let m = Mutex::new(());
                let q = WaitQueue::new();
                let r = q.wait(&rt2, &mut m.lock(), None);
                assert_eq!(r, Wake::Interrupted);
            })
            .expect("spawn");
        sleep(&rt, Duration::from_millis(20));
        rt.begin_shutdown();
        // Joins are interrupted too now (unless the thread already ended); it still ends.
        let r = h.join(&rt, Some(Duration::from_secs(30)));
        assert!(r == Wake::Interrupted || r == Wake::Notified, "{r:?}");
        let limit = Instant::now() + Duration::from_secs(30);
        while !h.is_finished() && Instant::now() < limit {
            rt.allow_threads(|| std::thread::sleep(Duration::from_millis(1)));
        }
        assert!(h.is_finished());
        rt.release();
    }

    /// One `notify_one` per token, while consumers wait with tiny timeouts all the time.
    /// A consumer takes a token only when its wait says `Notified` (no re-check of the
    /// state), so a notification swallowed by a waiter that timed out at that moment
    /// would strand a token and the count would come up short.
    #[test]
    fn no_notification_is_lost_to_racing_timeouts() {
        for mode in [GilMode::On, GilMode::Off] {
            let rt = rt(mode);
            const TOKENS: u64 = 2000;
            // (available, consumed)
            let state = Arc::new((Mutex::new((0u64, 0u64)), WaitQueue::new()));
            let mut consumers = vec![];
            for _ in 0..3 {
                let (state2, rt2) = (state.clone(), rt.clone());
                consumers.push(
                    rt.spawn(SpawnOptions::default(), move || {
                        let (m, q) = &*state2;
                        let limit = Instant::now() + Duration::from_secs(10);
                        let mut g = m.lock();
                        while g.1 < TOKENS && Instant::now() < limit {
                            let deadline = deadline_after(Some(Duration::from_micros(50)));
                            if q.wait(&rt2, &mut g, deadline) == Wake::Notified && g.0 > 0 {
                                g.0 -= 1;
                                g.1 += 1;
                                if g.1 == TOKENS {
                                    q.notify_all();
                                }
                            }
                        }
                    })
                    .expect("spawn"),
                );
            }
            // Tokens are only handed out to waiting consumers, one notification each.
            let mut sent = 0;
            let limit = Instant::now() + Duration::from_secs(10);
            while sent < TOKENS && Instant::now() < limit {
                {
                    let mut g = state.0.lock();
                    if state.1.notify_one() {
                        g.0 += 1;
                        sent += 1;
                    }
                }
                rt.allow_threads(std::thread::yield_now);
            }
            for h in consumers {
                assert_eq!(h.join(&rt, Some(Duration::from_secs(60))), Wake::Notified);
            }
            assert_eq!(*state.0.lock(), (0, TOKENS));
            rt.release();
        }
    }

    /// A condition variable over a runtime `Lock` (how `threading.Condition` can be
    /// native): a consumer waits for items, a producer notifies under the lock.
    #[test]
    fn condition_over_a_lock_with_wait_releasing() {
        for mode in [GilMode::On, GilMode::Off] {
            let rt = rt(mode);
            struct Shared {
                lock: crate::lock::Lock,
                cond: WaitQueue,
                // Guarded by `lock` (the Python-level lock), not by this mutex, which
                // only makes the field shareable.
                items: Mutex<Vec<u32>>,
            }
            let sh = Arc::new(Shared {
                lock: crate::lock::Lock::new(),
                cond: WaitQueue::new(),
                items: Mutex::new(vec![]),
            });
            let (sh2, rt2) = (sh.clone(), rt.clone());
            let consumer = rt
                .spawn(SpawnOptions::default(), move || {
                    let mut got = vec![];
                    assert_eq!(sh2.lock.acquire(&rt2, None), Wake::Notified);
                    while got.len() < 50 {
                        let item = sh2.items.lock().pop();
                        match item {
                            Some(i) => got.push(i),
                            None => {
                                let r = sh2.cond.wait_releasing(
                                    &rt2,
                                    deadline_after(Some(Duration::from_secs(30))),
                                    || assert!(sh2.lock.release().is_ok()),
                                );
                                assert_eq!(r, Wake::Notified);
                                assert_eq!(sh2.lock.acquire(&rt2, None), Wake::Notified);
                            }
                        }
                    }
                    assert!(sh2.lock.release().is_ok());
                    got.sort_unstable();
                    assert_eq!(got, (0..50).collect::<Vec<_>>());
                })
                .expect("spawn");
            for i in 0..50 {
                assert_eq!(sh.lock.acquire(&rt, None), Wake::Notified);
                sh.items.lock().push(i);
                sh.cond.notify_one();
                assert!(sh.lock.release().is_ok());
                if i % 8 == 0 {
                    sleep(&rt, Duration::from_micros(100));
                }
            }
            assert_eq!(
                consumer.join(&rt, Some(Duration::from_secs(60))),
                Wake::Notified
            );
            rt.release();
        }
    }

    #[test]
    fn sleep_sleeps() {
        let rt = rt(GilMode::On);
        let start = Instant::now();
        assert_eq!(sleep(&rt, Duration::from_millis(15)), Wake::TimedOut);
        assert!(start.elapsed() >= Duration::from_millis(15));
        assert_eq!(sleep(&rt, Duration::ZERO), Wake::TimedOut);
        rt.release();
    }
}
