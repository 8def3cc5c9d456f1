//! The runtime of one interpreter: its global lock, eval breaker, main thread, live threads and shutdown flag, and the VM's poll.

use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};
use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;

use crate::breaker::{reason, EvalBreaker};
use crate::gil::{Gil, GilMode, DEFAULT_SWITCH_INTERVAL_US};
use crate::signals;
use crate::thread::{self, ThreadInfo};

/// How a run is configured at start-up (`--gil=on|off`, `-X gil`, `SKEIN_GIL`).
#[derive(Clone, Copy, Debug)]
pub struct Config {
    pub gil: GilMode,
    pub switch_interval_us: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            gil: GilMode::On,
            switch_interval_us: DEFAULT_SWITCH_INTERVAL_US,
        }
    }
}

/// What a poll found that the VM must act on. The global-lock hand-off is not here: the
/// runtime performs it inside `poll` and the VM just carries on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Signals are pending and this is the main thread: call `take_signals` and run the
    /// handlers (SIGINT with the default handler raises KeyboardInterrupt).
    Signals,
    /// The interpreter is shutting down.
    Shutdown,
}

/// The interpreter's runtime, for code that has no handle on it (see `install_global`).
static GLOBAL: OnceLock<Arc<Runtime>> = OnceLock::new();

#[derive(Debug)]
pub struct Runtime {
    breaker: EvalBreaker,
    gil: Gil,
    /// The main thread's record. Written by `new` and `after_fork_child`; read by the
    /// signal handler, hence an atomic pointer to a record that is never freed.
    main: AtomicPtr<ThreadInfo>,
    shutdown: AtomicBool,
    /// Threads started by this runtime and still running, plus the main thread: whom
    /// `begin_shutdown` wakes.
    threads: Mutex<Vec<Arc<ThreadInfo>>>,
}

impl Runtime {
    /// Builds the runtime. The calling thread becomes the main thread and holds the
    /// global lock (if it is on), as CPython's main thread does from start-up.
    pub fn new(config: Config) -> Arc<Runtime> {
        let gil = Gil::new(config.gil);
        gil.set_switch_interval_us(config.switch_interval_us);
        let main = thread::current();
        let rt = Arc::new(Runtime {
            breaker: EvalBreaker::new(),
            gil,
            main: AtomicPtr::new(Arc::into_raw(main.clone()).cast_mut()),
            shutdown: AtomicBool::new(false),
            threads: Mutex::new(vec![main]),
        });
        rt.acquire();
        rt
    }

    /// Makes this the process's runtime: `Runtime::global()` returns it from now on, and
    /// process signals are routed to it. The interpreter calls this once at start-up;
    /// returns false (and changes nothing) if another runtime was installed first.
    pub fn install_global(self: &Arc<Self>) -> bool {
        if GLOBAL.set(self.clone()).is_err() {
            return false;
        }
        self.install_as_signal_target();
        true
    }

    /// The runtime installed by `install_global`, if any.
    pub fn global() -> Option<&'static Arc<Runtime>> {
        GLOBAL.get()
    }

    /// Routes process signals to this runtime: its breaker and its main thread's waits.
    /// Call once on the interpreter's runtime, before installing handlers.
    pub fn install_as_signal_target(self: &Arc<Self>) {
        signals::set_target(self.clone());
    }

    #[inline(always)]
    pub fn breaker(&self) -> &EvalBreaker {
        &self.breaker
    }

    #[inline(always)]
    pub fn gil(&self) -> &Gil {
        &self.gil
    }

    /// `sys._is_gil_enabled()`.
    #[inline(always)]
    pub fn gil_enabled(&self) -> bool {
        self.gil.enabled()
    }

    /// The VM's check at backward jumps and calls: one relaxed load and a branch unless a
    /// reason is set. Hands the global lock over if another thread asked for it, and
    /// reports what the VM itself must handle.
    #[inline(always)]
    pub fn poll(&self) -> Option<Pending> {
        if self.breaker.is_set() {
            self.handle_breaker()
        } else {
            None
        }
    }

    /// `poll`'s slow path, for a VM that does the fast check itself (`if
    /// breaker.is_set() { rt.handle_breaker() }`, with the `&'static EvalBreaker` of
    /// `Runtime::global()`): performs a requested hand-off of the lock and reports what
    /// the VM must handle. Harmless when nothing is set.
    #[cold]
    #[inline(never)]
    pub fn handle_breaker(&self) -> Option<Pending> {
        let bits = self.breaker.bits();
        if bits & reason::GIL_DROP_REQUEST != 0 {
            run_detach_hook();
            self.gil.yield_now(&self.breaker);
        }
        if self.is_shutting_down() {
            return Some(Pending::Shutdown);
        }
        if bits & reason::SIGNALS_PENDING != 0 && self.is_main_thread() {
            if signals::any_pending() {
                return Some(Pending::Signals);
            }
            // Stale bit (signals already taken): clear it, then look again in case a
            // handler ran between our load and the clear.
            self.breaker.clear(reason::SIGNALS_PENDING);
            if signals::any_pending() {
                self.breaker.set(reason::SIGNALS_PENDING);
                return Some(Pending::Signals);
            }
        }
        None
    }

    /// Attaches the calling thread: takes the global lock before running Python code.
    #[inline]
    pub fn acquire(&self) {
        if self.gil.enabled() {
            self.gil.acquire(&self.breaker);
        }
    }

    /// Detaches the calling thread; returns whether it held the lock.
    #[inline]
    pub fn release(&self) -> bool {
        run_detach_hook();
        self.gil.enabled() && self.gil.release()
    }

    /// Runs `blocking` without the global lock (`Py_BEGIN_ALLOW_THREADS`): for sleeps,
    /// waits, joins, I/O, select and child waits. Retakes the lock afterwards only if
    /// the caller held it, also when `blocking` panics.
    #[inline]
    pub fn allow_threads<R>(&self, blocking: impl FnOnce() -> R) -> R {
        let _released = self.released();
        blocking()
    }

    /// The RAII form of `allow_threads`: the lock is retaken when the guard drops.
    #[inline]
    pub fn released(&self) -> Released<'_> {
        Released {
            rt: self,
            was_held: self.release(),
            _not_send: std::marker::PhantomData,
        }
    }

    fn main_info(&self) -> &ThreadInfo {
        // SAFETY: `main` always points at a record leaked with `Arc::into_raw` (in `new`
        // or `after_fork_child`) and never freed.
        unsafe { &*self.main.load(Ordering::Acquire) }
    }

    /// The main thread's ident (`threading.main_thread().ident`).
    pub fn main_ident(&self) -> u64 {
        self.main_info().ident()
    }

    /// Whether the calling thread is the main thread: the only one that runs signal
    /// handlers and whose waits signals interrupt.
    pub fn is_main_thread(&self) -> bool {
        self.main_info().ident() == thread::current_ident()
    }

    pub(crate) fn main_parker_wake(&self) {
        self.main_info().parker().wake();
    }

    /// Starts interpreter shutdown: every thread's poll reports `Pending::Shutdown` from
    /// now on and every wait of a runtime thread returns `Wake::Interrupted`.
    pub fn begin_shutdown(&self) {
        self.shutdown.store(true, Ordering::SeqCst);
        self.breaker.set(reason::SHUTDOWN);
        for t in self.threads.lock().iter() {
            t.parker().wake();
        }
    }

    pub fn is_shutting_down(&self) -> bool {
        self.shutdown.load(Ordering::SeqCst)
    }

    /// Whether a wait of thread `me` must give up now: shutdown, or (main thread only) a
    /// pending signal whose handler must run (PEP 475: the caller retries afterwards).
    pub(crate) fn interrupt_pending(&self, me: &ThreadInfo) -> bool {
        if self.is_shutting_down() {
            return true;
        }
        self.breaker.has(reason::SIGNALS_PENDING)
            && signals::any_pending()
            && me.ident() == self.main_ident()
    }

    pub(crate) fn register(&self, t: Arc<ThreadInfo>) {
        self.threads.lock().push(t);
    }

    pub(crate) fn unregister(&self, ident: u64) {
        self.threads.lock().retain(|t| t.ident() != ident);
    }

    /// Threads started through this runtime that are still running, main included.
    pub fn live_threads(&self) -> usize {
        self.threads.lock().len()
    }

    /// Makes the calling thread the main thread (signal handlers, `main_thread()`), for
    /// an interpreter that runs its main program on a thread other than the one that
    /// built the runtime (e.g. for a bigger stack). The builder should `release()` the
    /// lock and this thread `acquire()` it. Process-directed signals still land
    /// wherever the kernel puts them; the handler forwards them here.
    pub fn adopt_as_main(&self) {
        let me = thread::current();
        let ident = me.ident();
        self.main
            .store(Arc::into_raw(me.clone()).cast_mut(), Ordering::Release);
        let mut threads = self.threads.lock();
        if !threads.iter().any(|t| t.ident() == ident) {
            threads.push(me);
        }
    }

    /// In a child made by fork(2): the calling thread is now the only thread, the main
    /// thread, and the holder of the global lock (CPython's `PyOS_AfterFork_Child`).
    /// Best effort: it resets the runtime's own records; a lock that a vanished thread
    /// held inside a blocking section stays its own business.
    pub fn after_fork_child(&self) {
        let me = thread::current();
        self.main
            .store(Arc::into_raw(me.clone()).cast_mut(), Ordering::Release);
        if self.threads.is_locked() {
            // Held by a thread that was starting or ending at the fork and does not
            // exist here.
            // SAFETY: no thread of this process holds a guard on the registry.
            unsafe { self.threads.force_unlock() };
        }
        *self.threads.lock() = vec![me];
        self.gil.reset_after_fork(&self.breaker);
        signals::clear_pending_after_fork();
        self.breaker.clear(reason::SIGNALS_PENDING);
    }
}

/// The lock is released while this lives (see `Runtime::released`).
#[must_use = "the global lock is retaken when this guard drops"]
pub struct Released<'a> {
    rt: &'a Runtime,
    was_held: bool,
    /// Not Send: dropping the guard on another thread would take the lock for that one.
    _not_send: std::marker::PhantomData<*const ()>,
}

impl Drop for Released<'_> {
    fn drop(&mut self) {
        if self.was_held {
            self.rt.acquire();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::thread::SpawnOptions;
    use crate::wait::Wake;
    use std::sync::atomic::AtomicU64;
    use std::time::{Duration, Instant};

    #[test]
    fn new_runtime_holds_the_lock_on_the_main_thread() {
        let rt = Runtime::new(Config::default());
        assert!(rt.gil_enabled());
        assert!(rt.gil().held_by_current());
        assert!(rt.is_main_thread());
        assert_eq!(rt.poll(), None);
        let held_inside = rt.allow_threads(|| rt.gil().held_by_current());
        assert!(!held_inside);
        assert!(rt.gil().held_by_current());
        rt.release();
    }

    #[test]
    fn off_mode_never_holds_anything() {
        let rt = Runtime::new(Config {
            gil: GilMode::Off,
            ..Config::default()
        });
        assert!(!rt.gil_enabled());
        assert!(!rt.gil().held_by_current());
        assert!(!rt.release());
        assert_eq!(rt.allow_threads(|| 7), 7);
        assert_eq!(rt.poll(), None);
    }

    /// Two threads that only ever give the lock up at polls (like eval loops) both make
    /// progress with the lock on, and never overlap between two polls.
    #[test]
    fn lock_on_polling_threads_take_turns_exclusively() {
        let rt = Runtime::new(Config {
            gil: GilMode::On,
            switch_interval_us: 500,
        });
        let progress = Arc::new([AtomicU64::new(0), AtomicU64::new(0)]);
        let overlaps = Arc::new(AtomicU64::new(0));
        let running = Arc::new(AtomicU64::new(u64::MAX));
        let stop = Arc::new(AtomicBool::new(false));
        let mut hs = vec![];
        for i in 0..2u64 {
            let (rt2, progress2, overlaps2, running2, stop2) = (
                rt.clone(),
                progress.clone(),
                overlaps.clone(),
                running.clone(),
                stop.clone(),
            );
            hs.push(
                rt.spawn(SpawnOptions::default(), move || {
                    while !stop2.load(Ordering::Relaxed) {
                        // Between two polls nobody else may run.
                        running2.store(i, Ordering::SeqCst);
                        for _ in 0..100 {
                            std::hint::spin_loop();
                        }
                        if running2.load(Ordering::SeqCst) != i {
                            overlaps2.fetch_add(1, Ordering::SeqCst);
                        }
                        progress2[i as usize].fetch_add(1, Ordering::Relaxed);
                        rt2.poll();
                    }
                })
                .expect("spawn"),
            );
        }
        let switches_before = rt.gil().switches();
        let limit = Instant::now() + Duration::from_secs(30);
        rt.allow_threads(|| {
            while Instant::now() < limit
                && (progress[0].load(Ordering::Relaxed) < 1000
                    || progress[1].load(Ordering::Relaxed) < 1000
                    || rt.gil().switches() < switches_before + 10)
            {
                std::thread::sleep(Duration::from_millis(1));
            }
            stop.store(true, Ordering::SeqCst);
        });
        for h in hs {
            assert_eq!(h.join(&rt, Some(Duration::from_secs(30))), Wake::Notified);
        }
        assert!(progress[0].load(Ordering::Relaxed) >= 1000);
        assert!(progress[1].load(Ordering::Relaxed) >= 1000);
        assert!(rt.gil().switches() >= switches_before + 10);
        assert_eq!(overlaps.load(Ordering::SeqCst), 0);
        rt.release();
    }

    /// With the lock off, two threads that never poll still run at the same time: each
    /// waits to see the other advance while it advances itself.
    #[test]
    fn lock_off_threads_run_without_polling() {
        let rt = Runtime::new(Config {
            gil: GilMode::Off,
            ..Config::default()
        });
        let progress = Arc::new([AtomicU64::new(0), AtomicU64::new(0)]);
        let mut hs = vec![];
        for i in 0..2usize {
            let progress2 = progress.clone();
            hs.push(
                rt.spawn(SpawnOptions::default(), move || {
                    let limit = Instant::now() + Duration::from_secs(30);
                    while progress2[1 - i].load(Ordering::Relaxed) < 1000 && Instant::now() < limit
                    {
                        progress2[i].fetch_add(1, Ordering::Relaxed);
                    }
                    // Keep the other side going until it has seen us too.
                    progress2[i].fetch_add(1000, Ordering::Relaxed);
                })
                .expect("spawn"),
            );
        }
        for h in hs {
            assert_eq!(h.join(&rt, Some(Duration::from_secs(60))), Wake::Notified);
        }
        assert!(progress[0].load(Ordering::Relaxed) >= 1000);
        assert!(progress[1].load(Ordering::Relaxed) >= 1000);
    }

    /// A child forked while another thread waits for the lock can still run: the
    /// forking thread holds the lock and is the main thread there.
    #[test]
    fn fork_child_owns_the_lock_and_is_main() {
        let rt = Runtime::new(Config::default());
        let rt2 = rt.clone();
        let waiter = rt
            .spawn(SpawnOptions::default(), move || {
                rt2.poll();
            })
            .expect("spawn");
        // SAFETY: the child only touches the runtime and then _exit()s.
        let pid = unsafe { libc::fork() };
        if pid == 0 {
            rt.after_fork_child();
            let ok = rt.gil().held_by_current()
                && rt.is_main_thread()
                && rt.live_threads() == 1
                && rt.allow_threads(|| true)
                && rt.gil().held_by_current();
            // SAFETY: _exit is async-signal-safe and skips the test harness's atexit work.
            unsafe { libc::_exit(if ok { 0 } else { 1 }) };
        }
        assert!(pid > 0);
        let mut status = 0;
        let limit = Instant::now() + Duration::from_secs(30);
        let waited = loop {
            // SAFETY: polls the child forked above.
            let w = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
            if w != 0 || Instant::now() > limit {
                break w;
            }
            rt.allow_threads(|| std::thread::sleep(Duration::from_millis(1)));
        };
        if waited == 0 {
            // SAFETY: kills the hung child forked above, so a failure cannot hang CI.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        assert_eq!(waited, pid, "fork child hung");
        assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0);
        assert_eq!(
            waiter.join(&rt, Some(Duration::from_secs(30))),
            Wake::Notified
        );
        rt.release();
    }

    /// Six threads mixing polls, blocking sections, sleeps and a shared lock with
    /// timeouts, with a short switch interval: everything finishes, counts are exact.
    #[test]
    fn lock_on_mixed_workload_does_not_deadlock() {
        for mode in [GilMode::On, GilMode::Off] {
            let rt = Runtime::new(Config {
                gil: mode,
                switch_interval_us: 100,
            });
            let lock = Arc::new(crate::lock::Lock::new());
            let total = Arc::new(AtomicU64::new(0));
            let mut hs = vec![];
            for t in 0..6u64 {
                let (rt2, lock2, total2) = (rt.clone(), lock.clone(), total.clone());
                hs.push(
                    rt.spawn(SpawnOptions::default(), move || {
                        let mut done = 0;
                        while done < 300 {
                            rt2.poll();
                            match (done + t) % 4 {
                                0 => rt2.allow_threads(std::thread::yield_now),
                                1 => {
                                    crate::wait::sleep(&rt2, Duration::from_micros(10));
                                }
                                _ => {}
                            }
                            if lock2.acquire(&rt2, Some(Duration::from_millis(1))) == Wake::Notified
                            {
                                let v = total2.load(Ordering::Relaxed);
                                rt2.poll();
                                total2.store(v + 1, Ordering::Relaxed);
                                assert!(lock2.release().is_ok());
                                done += 1;
                            }
                        }
                    })
                    .expect("spawn"),
                );
            }
            for h in hs {
                assert_eq!(h.join(&rt, Some(Duration::from_secs(60))), Wake::Notified);
            }
            assert_eq!(total.load(Ordering::SeqCst), 1800);
            rt.release();
        }
    }

    #[test]
    fn another_thread_can_become_main() {
        let rt = Runtime::new(Config::default());
        rt.release();
        let rt2 = rt.clone();
        let t = std::thread::spawn(move || {
            rt2.adopt_as_main();
            rt2.acquire();
            let ok = rt2.is_main_thread() && rt2.main_ident() == crate::thread::current_ident();
            rt2.release();
            ok
        });
        assert_eq!(t.join().ok(), Some(true));
        assert!(!rt.is_main_thread());
    }

    #[test]
    fn shutdown_is_reported_by_poll() {
        let rt = Runtime::new(Config::default());
        rt.begin_shutdown();
        assert_eq!(rt.poll(), Some(Pending::Shutdown));
        rt.release();
    }
}

/// What the VM runs whenever a thread detaches (before every blocking wait and lock
/// hand-off): it drops per-thread state that must not be held while blocked (a memory
/// reclamation pin). Set once; later calls are ignored.
static DETACH_HOOK: std::sync::OnceLock<fn()> = std::sync::OnceLock::new();

/// Installs the detach hook (see `DETACH_HOOK`).
pub fn set_detach_hook(hook: fn()) {
    if DETACH_HOOK.get().is_none() {
        let _ = DETACH_HOOK.set(hook);
    }
}

#[inline]
fn run_detach_hook() {
    if let Some(hook) = DETACH_HOOK.get() {
        hook();
    }
}
