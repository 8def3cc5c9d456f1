//! Process signals: a handler that only records the signal, sets the eval breaker and wakes the main thread; the main thread takes them between bytecodes.
//!
//! The handler runs at an arbitrary instruction of an arbitrary thread, so it does only
//! async-signal-safe things: lock-free atomics, futex(2) (through the main thread's
//! parker) and write(2) (the wakeup fd). The Python-level handler runs later on the main
//! thread, when its poll returns `Pending::Signals` or its wait returns `Interrupted`.
//! Handlers are installed without SA_RESTART, as CPython does, so a blocking system call
//! on the receiving thread fails with EINTR and its caller gets to run the handlers and
//! retry (PEP 475).

use std::fmt;
use std::io;
use std::sync::atomic::{AtomicI32, AtomicPtr, AtomicU64, Ordering};
use std::sync::Arc;

use crate::breaker::reason;
use crate::runtime::Runtime;

/// `signal.NSIG`: signal numbers are 1..NSIG.
pub const NSIG: i32 = 65;

/// Bit `n - 1` set: signal `n` arrived and its Python handler has not run yet.
static PENDING: AtomicU64 = AtomicU64::new(0);
/// The runtime whose breaker and main thread the handler pokes (leaked, never freed).
static TARGET: AtomicPtr<Runtime> = AtomicPtr::new(std::ptr::null_mut());
/// `signal.set_wakeup_fd`: the handler writes the signal number there as one byte.
static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);

pub(crate) fn set_target(rt: Arc<Runtime>) {
    // The previous target is leaked on purpose: a handler may be using it right now.
    TARGET.store(Arc::into_raw(rt).cast_mut(), Ordering::SeqCst);
}

/// Whether any signal waits for its Python handler.
#[inline]
pub fn any_pending() -> bool {
    PENDING.load(Ordering::SeqCst) != 0
}

/// In a fork child: signals that arrived in the parent are the parent's to handle
/// (CPython's `_PySignal_AfterFork`).
pub(crate) fn clear_pending_after_fork() {
    PENDING.store(0, Ordering::SeqCst);
}

/// A set of signal numbers, iterated in ascending order (the order CPython runs handlers).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SignalSet(u64);

impl SignalSet {
    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    pub fn contains(&self, sig: i32) -> bool {
        (1..NSIG).contains(&sig) && self.0 & (1u64 << (sig - 1)) != 0
    }

    pub fn iter(&self) -> impl Iterator<Item = i32> {
        let bits = self.0;
        (1..NSIG).filter(move |s| bits & (1u64 << (s - 1)) != 0)
    }
}

impl Runtime {
    /// Takes every pending signal (clearing them) for the main thread to run handlers
    /// for. Call after `poll` returns `Pending::Signals` or a wait returns `Interrupted`.
    pub fn take_signals(&self) -> SignalSet {
        // Clear the breaker bit first: a signal arriving after the clear sets it again,
        // so none is left pending without the bit.
        self.breaker().clear(reason::SIGNALS_PENDING);
        SignalSet(PENDING.swap(0, Ordering::SeqCst))
    }
}

extern "C" fn record(sig: libc::c_int) {
    // SAFETY: __errno_location returns this thread's errno slot; the handler's own
    // calls (futex, write, tgkill) may change errno, which the interrupted code must
    // not see.
    let saved_errno = unsafe { *libc::__errno_location() };
    if (1..NSIG).contains(&sig) {
        PENDING.fetch_or(1u64 << (sig - 1), Ordering::SeqCst);
    }
    let rt = TARGET.load(Ordering::SeqCst);
    // SAFETY: TARGET only ever holds leaked `Arc<Runtime>`s, never freed.
    let rt = (!rt.is_null()).then(|| unsafe { &*rt });
    match rt {
        Some(rt) if rt.main_ident() != crate::thread::current_ident() => {
            // Landed on another thread: pass it on to the main thread, so that a system
            // call blocking there (accept, read, waitpid, pause) fails with EINTR and
            // its caller runs the handler (PEP 475). The main thread's run of this
            // handler writes the wakeup fd, so the byte goes out once.
            // SAFETY: pthread_kill is async-signal-safe; the main thread lives as long
            // as the process does.
            unsafe { libc::pthread_kill(rt.main_ident() as libc::pthread_t, sig) };
            rt.breaker().set(reason::SIGNALS_PENDING);
            rt.main_parker_wake();
        }
        _ => {
            // The byte goes out before the main thread is woken, as in CPython's
            // trip_signal: whoever the wake-up reaches may look at the wakeup fd at once.
            let fd = WAKEUP_FD.load(Ordering::SeqCst);
            if fd >= 0 {
                let byte = sig as u8;
                // SAFETY: write(2) is async-signal-safe; the buffer is a live local. A
                // full pipe or closed fd just loses the byte, as with CPython's wakeup fd.
                unsafe { libc::write(fd, (&byte as *const u8).cast(), 1) };
            }
            if let Some(rt) = rt {
                rt.breaker().set(reason::SIGNALS_PENDING);
                rt.main_parker_wake();
            }
        }
    }
    // SAFETY: as above.
    unsafe { *libc::__errno_location() = saved_errno };
}

/// A signal's disposition at the OS level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Disposition {
    /// SIG_DFL.
    Default,
    /// SIG_IGN.
    Ignore,
    /// Skein's recording handler: the signal reaches the main thread's Python handler.
    Record,
    /// A handler installed by someone else (not by Skein); `signal.getsignal` says None.
    Foreign,
}

/// Why a signal call failed; `Display` is CPython's message.
#[derive(Debug)]
pub enum SignalError {
    /// ValueError("signal number out of range").
    OutOfRange,
    /// OSError from the system (e.g. EINVAL for SIGKILL and SIGSTOP).
    Os(io::Error),
}

impl fmt::Display for SignalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SignalError::OutOfRange => f.write_str("signal number out of range"),
            SignalError::Os(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for SignalError {}

fn check(sig: i32) -> Result<(), SignalError> {
    if (1..NSIG).contains(&sig) {
        Ok(())
    } else {
        Err(SignalError::OutOfRange)
    }
}

fn classify(handler: libc::sighandler_t) -> Disposition {
    if handler == libc::SIG_DFL {
        Disposition::Default
    } else if handler == libc::SIG_IGN {
        Disposition::Ignore
    } else if handler == record as extern "C" fn(libc::c_int) as libc::sighandler_t {
        Disposition::Record
    } else {
        Disposition::Foreign
    }
}

/// The current disposition of `sig`.
pub fn disposition(sig: i32) -> Result<Disposition, SignalError> {
    check(sig)?;
    // SAFETY: a zeroed sigaction is a valid out-parameter; a null new action only reads.
    let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
    if unsafe { libc::sigaction(sig, std::ptr::null(), &mut old) } != 0 {
        return Err(SignalError::Os(io::Error::last_os_error()));
    }
    Ok(classify(old.sa_sigaction))
}

/// Sets the disposition of `sig` and returns the previous one. `Foreign` cannot be set
/// (it is only ever reported); asking for it restores the default.
pub fn set_disposition(sig: i32, to: Disposition) -> Result<Disposition, SignalError> {
    check(sig)?;
    let handler = match to {
        Disposition::Default | Disposition::Foreign => libc::SIG_DFL,
        Disposition::Ignore => libc::SIG_IGN,
        Disposition::Record => record as extern "C" fn(libc::c_int) as libc::sighandler_t,
    };
    // SAFETY: the action is fully initialised (zeroed, empty mask, handler, flags), and
    // `record` is async-signal-safe.
    unsafe {
        let mut act: libc::sigaction = std::mem::zeroed();
        act.sa_sigaction = handler;
        libc::sigemptyset(&mut act.sa_mask);
        // No SA_RESTART, deliberately (PEP 475: the caller retries after handlers).
        act.sa_flags = libc::SA_ONSTACK;
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(sig, &act, &mut old) != 0 {
            return Err(SignalError::Os(io::Error::last_os_error()));
        }
        Ok(classify(old.sa_sigaction))
    }
}

/// What CPython does at start-up: SIGINT goes to `default_int_handler` (the VM turns it
/// into KeyboardInterrupt), SIGPIPE and SIGXFSZ are ignored so that writes fail with
/// an exception instead of killing the process. A SIGINT that the parent process set to
/// SIG_IGN stays ignored, as in CPython.
pub fn install_startup_handlers() -> Result<(), SignalError> {
    if disposition(libc::SIGINT)? == Disposition::Default {
        set_disposition(libc::SIGINT, Disposition::Record)?;
    }
    set_disposition(libc::SIGPIPE, Disposition::Ignore)?;
    set_disposition(libc::SIGXFSZ, Disposition::Ignore)?;
    Ok(())
}

impl Runtime {
    /// `signal.pause()`: sleeps without the global lock until a signal is pending for
    /// the main thread (`Interrupted`: run the handlers, and return). On another thread
    /// only shutdown ends it: Python handlers never run there, so as in the lessons a
    /// non-main thread's `pause()` does not return.
    pub fn pause(&self) -> crate::wait::Wake {
        let me = crate::thread::current();
        self.allow_threads(|| crate::wait::park(self, &me, None, || false))
    }
}

/// Ends the process the way `sig` would by default, so the parent sees `-sig` (CPython
/// after an uncaught KeyboardInterrupt: SIGINT back to SIG_DFL, then raise it). Falls
/// back to exit status 128 + sig if the signal does not kill (e.g. it is blocked).
pub fn exit_by_signal(sig: i32) -> ! {
    if check(sig).is_ok() {
        let _ = set_disposition(sig, Disposition::Default);
        // SAFETY: unblocks `sig` for this thread, then sends it to this thread.
        unsafe {
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            libc::sigaddset(&mut set, sig);
            libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
            libc::raise(sig);
        }
    }
    // SAFETY: _exit ends the process at once; buffers were flushed by the caller.
    unsafe { libc::_exit(128 + sig.clamp(0, 127)) }
}

/// In a child between fork and exec (subprocess's `restore_signals=True`): puts back
/// the default action of the signals `install_startup_handlers` ignores, since ignored
/// dispositions survive exec (handled ones are reset by exec itself). Only sigaction
/// calls, so it is async-signal-safe, as code after fork in a threaded parent must be.
pub fn restore_for_exec() {
    for sig in [libc::SIGPIPE, libc::SIGXFSZ] {
        // SAFETY: a zeroed sigaction with SIG_DFL is a valid action.
        unsafe {
            let mut act: libc::sigaction = std::mem::zeroed();
            act.sa_sigaction = libc::SIG_DFL;
            libc::sigaction(sig, &act, std::ptr::null_mut());
        }
    }
}

/// `signal.set_wakeup_fd(fd)`: -1 disables. Returns the previous fd.
pub fn set_wakeup_fd(fd: i32) -> i32 {
    WAKEUP_FD.swap(fd.max(-1), Ordering::SeqCst)
}

/// `signal.alarm(seconds)`: SIGALRM after `seconds` (0 cancels); returns the seconds
/// left on the previous alarm.
pub fn alarm(seconds: u32) -> u32 {
    // SAFETY: alarm has no preconditions.
    unsafe { libc::alarm(seconds) }
}

/// `signal.setitimer(which, seconds, interval)`: arms ITIMER_REAL (SIGALRM),
/// ITIMER_VIRTUAL (SIGVTALRM) or ITIMER_PROF (SIGPROF); 0 disarms. Seconds round up to
/// whole microseconds, as in CPython. Returns the previous `(delay, interval)`. An `Os`
/// error is CPython's `signal.ItimerError`.
pub fn setitimer(which: i32, seconds: f64, interval: f64) -> Result<(f64, f64), SignalError> {
    let new = libc::itimerval {
        it_value: timeval_from_secs(seconds),
        it_interval: timeval_from_secs(interval),
    };
    let mut old = libc::itimerval {
        it_value: timeval_from_secs(0.0),
        it_interval: timeval_from_secs(0.0),
    };
    // SAFETY: both structs are fully initialised and live for the call.
    if unsafe { libc::setitimer(which, &new, &mut old) } != 0 {
        return Err(SignalError::Os(io::Error::last_os_error()));
    }
    Ok((
        secs_from_timeval(old.it_value),
        secs_from_timeval(old.it_interval),
    ))
}

/// `signal.getitimer(which)`: the timer's `(delay, interval)`.
pub fn getitimer(which: i32) -> Result<(f64, f64), SignalError> {
    let mut cur = libc::itimerval {
        it_value: timeval_from_secs(0.0),
        it_interval: timeval_from_secs(0.0),
    };
    // SAFETY: `cur` is a valid out-parameter.
    if unsafe { libc::getitimer(which, &mut cur) } != 0 {
        return Err(SignalError::Os(io::Error::last_os_error()));
    }
    Ok((
        secs_from_timeval(cur.it_value),
        secs_from_timeval(cur.it_interval),
    ))
}

fn timeval_from_secs(secs: f64) -> libc::timeval {
    // Ceiling to microseconds; a negative value stays negative so the kernel says EINVAL.
    let us = (secs * 1e6).ceil();
    let us = if us.is_nan() { 0 } else { us as i64 };
    libc::timeval {
        tv_sec: us.div_euclid(1_000_000),
        tv_usec: us.rem_euclid(1_000_000),
    }
}

fn secs_from_timeval(tv: libc::timeval) -> f64 {
    tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6
}

/// `signal.raise_signal(sig)`: delivers `sig` to the calling thread.
pub fn raise_signal(sig: i32) -> Result<(), SignalError> {
    check(sig)?;
    // SAFETY: raise has no memory preconditions.
    if unsafe { libc::raise(sig) } != 0 {
        return Err(SignalError::Os(io::Error::last_os_error()));
    }
    Ok(())
}

/// `signal.pthread_kill(ident, sig)`: `ident` must be a live thread's ident (its
/// pthread_t). Signal 0 only checks that the thread exists.
pub fn pthread_kill(ident: u64, sig: i32) -> Result<(), SignalError> {
    if sig != 0 {
        check(sig)?;
    }
    // SAFETY: like CPython, trusts the script that `ident` names a live thread.
    let rc = unsafe { libc::pthread_kill(ident as libc::pthread_t, sig) };
    if rc != 0 {
        return Err(SignalError::Os(io::Error::from_raw_os_error(rc)));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gil::GilMode;
    use crate::runtime::{Config, Pending};
    use crate::thread::SpawnOptions;
    use crate::wait::{sleep, Wake};
    use std::time::Duration;

    /// Signal dispositions and the pending set are process-wide: these tests take turns.
    static SERIAL: parking_lot::Mutex<()> = parking_lot::const_mutex(());

    #[test]
    fn out_of_range_and_uncatchable() {
        assert!(matches!(disposition(0), Err(SignalError::OutOfRange)));
        assert!(matches!(disposition(NSIG), Err(SignalError::OutOfRange)));
        assert_eq!(
            SignalError::OutOfRange.to_string(),
            "signal number out of range"
        );
        assert!(matches!(
            set_disposition(libc::SIGKILL, Disposition::Record),
            Err(SignalError::Os(_))
        ));
    }

    #[test]
    fn set_and_restore_dispositions() {
        // SIGWINCH: its default action is to ignore, so a mistake here cannot kill the run.
        let _serial = SERIAL.lock();
        let before = disposition(libc::SIGWINCH).expect("query");
        assert_eq!(before, Disposition::Default);
        assert_eq!(
            set_disposition(libc::SIGWINCH, Disposition::Ignore).ok(),
            Some(Disposition::Default)
        );
        assert_eq!(
            set_disposition(libc::SIGWINCH, Disposition::Record).ok(),
            Some(Disposition::Ignore)
        );
        assert_eq!(disposition(libc::SIGWINCH).ok(), Some(Disposition::Record));
        assert_eq!(
            set_disposition(libc::SIGWINCH, Disposition::Default).ok(),
            Some(Disposition::Record)
        );
    }

    #[test]
    fn itimer_can_be_set_read_and_cancelled() {
        let _serial = SERIAL.lock();
        // ITIMER_PROF counts CPU time, so it will not fire during this short test.
        assert_eq!(
            setitimer(libc::ITIMER_PROF, 100.0, 0.5).ok(),
            Some((0.0, 0.0))
        );
        let (delay, interval) = getitimer(libc::ITIMER_PROF).expect("read");
        assert!(delay > 99.0 && delay <= 100.1, "{delay}");
        assert_eq!(interval, 0.5);
        let old = setitimer(libc::ITIMER_PROF, 0.0, 0.0).expect("cancel");
        assert!(old.0 > 99.0);
        assert_eq!(getitimer(libc::ITIMER_PROF).ok(), Some((0.0, 0.0)));
        assert!(matches!(setitimer(99, 1.0, 0.0), Err(SignalError::Os(_))));
        assert!(matches!(
            setitimer(libc::ITIMER_PROF, -1.0, 0.0),
            Err(SignalError::Os(_))
        ));
    }

    #[test]
    fn alarm_can_be_set_and_cancelled() {
        let _serial = SERIAL.lock();
        assert_eq!(alarm(100), 0);
        let left = alarm(0);
        assert!((99..=100).contains(&left), "{left}");
    }

    /// A signal sent to the process (handled on whichever thread) records itself, sets
    /// the breaker, wakes the main thread out of a long sleep, and is taken exactly once;
    /// a non-main thread's wait is not disturbed by it.
    #[test]
    fn signal_interrupts_the_main_threads_wait_only() {
        let _serial = SERIAL.lock();
        let rt = Runtime::new(Config {
            gil: GilMode::On,
            ..Config::default()
        });
        rt.install_as_signal_target();
        rt.take_signals(); // leftovers of an earlier test
        set_disposition(libc::SIGUSR1, Disposition::Record).expect("install");
        let (wakeup_r, wakeup_w) = {
            let mut fds = [0; 2];
            // SAFETY: `fds` has room for the two descriptors pipe2 writes.
            assert_eq!(
                unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_NONBLOCK) },
                0
            );
            (fds[0], fds[1])
        };
        set_wakeup_fd(wakeup_w);

        let rt2 = rt.clone();
        let worker = rt
            .spawn(SpawnOptions::default(), move || {
                // SAFETY: kill(getpid(), ...) has no memory preconditions.
                unsafe { libc::kill(libc::getpid(), libc::SIGUSR1) };
                // Pending signals are the main thread's business.
                assert_eq!(sleep(&rt2, Duration::from_millis(30)), Wake::TimedOut);
                assert_eq!(rt2.poll(), None);
            })
            .expect("spawn");

        assert_eq!(sleep(&rt, Duration::from_secs(3600)), Wake::Interrupted);
        assert_eq!(rt.poll(), Some(Pending::Signals));
        let taken = rt.take_signals();
        assert!(taken.contains(libc::SIGUSR1));
        assert_eq!(taken.iter().collect::<Vec<_>>(), vec![libc::SIGUSR1]);
        assert_eq!(rt.poll(), None);
        assert!(rt.take_signals().is_empty());

        let mut byte = 0u8;
        // SAFETY: reads one byte into a live local.
        let n = unsafe { libc::read(wakeup_r, (&mut byte as *mut u8).cast(), 1) };
        assert_eq!((n, i32::from(byte)), (1, libc::SIGUSR1));

        assert_eq!(
            worker.join(&rt, Some(Duration::from_secs(30))),
            Wake::Notified
        );
        set_wakeup_fd(-1);
        set_disposition(libc::SIGUSR1, Disposition::Default).expect("restore");
        // SAFETY: closing descriptors this test opened.
        unsafe {
            libc::close(wakeup_r);
            libc::close(wakeup_w);
        }
        rt.release();
    }

    /// `pause()` returns on the main thread once a signal arrives, and a blocking system
    /// call on the main thread is interrupted even when the signal landed elsewhere.
    #[test]
    fn pause_and_blocking_syscalls_on_main_are_interrupted() {
        let _serial = SERIAL.lock();
        let rt = Runtime::new(Config::default());
        rt.install_as_signal_target();
        rt.take_signals(); // leftovers of an earlier test
        set_disposition(libc::SIGUSR2, Disposition::Record).expect("install");
        let done = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (rt2, done2) = (rt.clone(), done.clone());
        let sender = rt
            .spawn(SpawnOptions::default(), move || {
                // Keeps sending until the main thread has seen both interruptions, so a
                // slow main thread cannot be left blocked in read(2) for ever.
                let limit = std::time::Instant::now() + Duration::from_secs(30);
                while !done2.load(Ordering::SeqCst) && std::time::Instant::now() < limit {
                    sleep(&rt2, Duration::from_millis(20));
                    // Raised on this thread: the handler runs here and must forward.
                    assert!(raise_signal(libc::SIGUSR2).is_ok());
                }
            })
            .expect("spawn");
        assert_eq!(rt.pause(), Wake::Interrupted);
        assert!(rt.take_signals().contains(libc::SIGUSR2));
        // A read from an empty pipe blocks in the kernel until EINTR.
        let mut fds = [0; 2];
        // SAFETY: `fds` has room for two descriptors.
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        let mut byte = 0u8;
        // SAFETY: reads into a live local; closes descriptors opened above.
        let (n, err) = rt.allow_threads(|| unsafe {
            let n = libc::read(fds[0], (&mut byte as *mut u8).cast(), 1);
            (n, *libc::__errno_location())
        });
        assert_eq!((n, err), (-1, libc::EINTR));
        assert!(rt.take_signals().contains(libc::SIGUSR2));
        done.store(true, Ordering::SeqCst);
        unsafe {
            libc::close(fds[0]);
            libc::close(fds[1]);
        }
        // Joins may be interrupted by the sender's last signals; retry as the VM would.
        let limit = std::time::Instant::now() + Duration::from_secs(30);
        while sender.join(&rt, Some(Duration::from_secs(30))) != Wake::Notified
            && std::time::Instant::now() < limit
        {
            rt.take_signals();
        }
        assert!(sender.is_finished());
        rt.take_signals();
        // Ignore rather than default: a straggler forwarded signal must not kill the
        // test process.
        set_disposition(libc::SIGUSR2, Disposition::Ignore).expect("restore");
        rt.release();
    }

    #[test]
    fn restore_for_exec_undoes_the_ignored_startup_signals() {
        // SAFETY: the child only changes its own dispositions and _exit()s.
        let pid = unsafe { libc::fork() };
        if pid == 0 {
            let ok = set_disposition(libc::SIGPIPE, Disposition::Ignore).is_ok() && {
                restore_for_exec();
                matches!(disposition(libc::SIGPIPE), Ok(Disposition::Default))
                    && matches!(disposition(libc::SIGXFSZ), Ok(Disposition::Default))
            };
            // SAFETY: ends the child at once.
            unsafe { libc::_exit(if ok { 0 } else { 1 }) };
        }
        let mut status = 0;
        // SAFETY: waits for the child forked above, which ends at once.
        assert_eq!(unsafe { libc::waitpid(pid, &mut status, 0) }, pid);
        assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0);
    }

    #[test]
    fn exit_by_signal_kills_with_that_signal() {
        // SAFETY: the child only calls exit_by_signal.
        let pid = unsafe { libc::fork() };
        if pid == 0 {
            exit_by_signal(libc::SIGINT);
        }
        let mut status = 0;
        // SAFETY: waits for the child forked above, which dies at once.
        assert_eq!(unsafe { libc::waitpid(pid, &mut status, 0) }, pid);
        assert!(libc::WIFSIGNALED(status));
        assert_eq!(libc::WTERMSIG(status), libc::SIGINT);
    }

    /// A lock acquire on the main thread is interrupted and can be retried (PEP 475).
    #[test]
    fn interrupted_lock_acquire_can_be_retried() {
        let _serial = SERIAL.lock();
        let rt = Runtime::new(Config {
            gil: GilMode::Off,
            ..Config::default()
        });
        rt.install_as_signal_target();
        rt.take_signals(); // leftovers of an earlier test
        set_disposition(libc::SIGUSR1, Disposition::Record).expect("install");
        let lock = Arc::new(crate::lock::Lock::new());
        assert!(lock.try_acquire());
        let main = crate::thread::current_ident();
        let (rt2, lock2) = (rt.clone(), lock.clone());
        let worker = rt
            .spawn(SpawnOptions::default(), move || {
                assert!(pthread_kill(main, libc::SIGUSR1).is_ok());
                // Give the main thread time to run its "handler" before the release.
                sleep(&rt2, Duration::from_millis(20));
                assert!(lock2.release().is_ok());
            })
            .expect("spawn");
        let deadline = crate::wait::deadline_after(Some(Duration::from_secs(30)));
        let mut interrupts = 0;
        let got = loop {
            match lock.acquire_until(&rt, deadline) {
                Wake::Interrupted => {
                    interrupts += 1;
                    assert!(rt.take_signals().contains(libc::SIGUSR1));
                }
                other => break other,
            }
        };
        assert_eq!(got, Wake::Notified);
        assert!(interrupts >= 1);
        assert_eq!(
            worker.join(&rt, Some(Duration::from_secs(30))),
            Wake::Notified
        );
        set_disposition(libc::SIGUSR1, Disposition::Default).expect("restore");
    }
}
