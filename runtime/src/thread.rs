//! OS threads for Python threads: identity (ident, native id), start-up with a name and stack size, attach/detach, and join.

use std::ffi::CString;
use std::io;
use std::sync::Arc;
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use crate::parker::Parker;
use crate::runtime::Runtime;
use crate::wait::{deadline_after, WaitQueue, Wake};

/// What the runtime knows of one OS thread. Created lazily for any thread that asks for
/// `current()`, and at start-up for threads that `spawn` makes.
#[derive(Debug)]
pub struct ThreadInfo {
    ident: u64,
    native_id: u64,
    parker: Parker,
}

impl ThreadInfo {
    fn for_current() -> Self {
        ThreadInfo {
            ident: current_ident(),
            native_id: gettid(),
            parker: Parker::new(),
        }
    }

    /// `threading.get_ident()`: like CPython, the pthread_t value; unique among live
    /// threads and possibly reused after a thread ends.
    pub fn ident(&self) -> u64 {
        self.ident
    }

    /// `threading.get_native_id()`: the kernel's thread id (gettid).
    pub fn native_id(&self) -> u64 {
        self.native_id
    }

    /// The thread's sleep word; every interruptible wait of this thread sleeps on it.
    pub(crate) fn parker(&self) -> &Parker {
        &self.parker
    }
}

thread_local! {
    static CURRENT: Arc<ThreadInfo> = Arc::new(ThreadInfo::for_current());
}

/// The calling thread's record.
pub fn current() -> Arc<ThreadInfo> {
    // During thread-local destruction the slot is gone; a fresh record with the same
    // identity still works for a last wait.
    CURRENT
        .try_with(Arc::clone)
        .unwrap_or_else(|_| Arc::new(ThreadInfo::for_current()))
}

/// The calling thread's ident; cheap (reads the thread pointer), used on hot paths.
#[inline]
pub fn current_ident() -> u64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc::pthread_self() as u64 }
}

/// The calling thread's native id (`threading.get_native_id()`).
pub fn current_native_id() -> u64 {
    CURRENT
        .try_with(|t| t.native_id)
        .unwrap_or_else(|_| gettid())
}

pub(crate) fn gettid() -> u64 {
    // SAFETY: gettid has no preconditions and cannot fail.
    unsafe { libc::gettid() as u64 }
}

/// Linux keeps 15 bytes of a thread's name (16 with the NUL). Cut at a character
/// boundary so tools that show the name see valid UTF-8, and drop NULs, which a Python
/// name may contain but a C string may not.
pub fn os_thread_name(name: &str) -> CString {
    const MAX: usize = 15;
    let clean: String = name.chars().filter(|&c| c != '\0').collect();
    let mut end = clean.len().min(MAX);
    while !clean.is_char_boundary(end) {
        end -= 1;
    }
    CString::new(&clean[..end]).unwrap_or_default()
}

fn set_current_os_name(name: &str) {
    let c = os_thread_name(name);
    // SAFETY: `c` is a NUL-terminated string of at most 16 bytes, as the call requires.
    // A failure only leaves the default name, so the result is ignored.
    unsafe {
        libc::pthread_setname_np(libc::pthread_self(), c.as_ptr());
    }
}

/// `threading.stack_size()`'s lower bound (CPython: 32 KiB, else ValueError).
pub const MIN_STACK_SIZE: usize = 32 * 1024;

/// Stack of a thread started without `threading.stack_size()`: glibc's default for
/// pthreads, which is what CPython threads get. The eval loop is stackless, but parsing,
/// compiling and repr of deep structures still recurse.
pub const DEFAULT_STACK_SIZE: usize = 8 * 1024 * 1024;

/// How to start a thread.
#[derive(Clone, Debug, Default)]
pub struct SpawnOptions {
    /// Shown by `ps -L`, `top -H` and debuggers, truncated to 15 bytes.
    pub name: Option<String>,
    /// Bytes of stack; `None` (or 0, as in `threading.stack_size(0)`) for the default.
    pub stack_size: Option<usize>,
}

#[derive(Debug, Default)]
struct Completion {
    done: Mutex<bool>,
    joiners: WaitQueue,
}

/// A started thread: its identity, and a join that is interruptible and releases the
/// global lock. Dropping the handle detaches the thread (threads are never joined at the
/// OS level; the process ends with whatever daemon threads remain).
#[derive(Clone, Debug)]
pub struct ThreadHandle {
    info: Arc<ThreadInfo>,
    completion: Arc<Completion>,
    on_other_cpu: bool,
}

impl ThreadHandle {
    pub fn ident(&self) -> u64 {
        self.info.ident()
    }

    pub fn native_id(&self) -> u64 {
        self.info.native_id()
    }

    /// Whether `spawn` moved the thread off its starter's core (`placement`): the two
    /// then run side by side, so the starter may poll for what it waits on.
    pub fn on_other_cpu(&self) -> bool {
        self.on_other_cpu
    }

    /// Whether the thread is blocked in a wait (a lock, a sleep, a join, ...) right now.
    pub fn is_blocked(&self) -> bool {
        self.info.parker().is_sleeping()
    }

    /// Whether the thread has finished its body (and released the global lock).
    pub fn is_finished(&self) -> bool {
        *self.completion.done.lock()
    }

    /// Waits for the thread to finish: `Notified` when it has, `TimedOut`, or
    /// `Interrupted` (a signal for the main thread, or shutdown; the caller runs the
    /// handlers and calls again with the time left).
    pub fn join(&self, rt: &Runtime, timeout: Option<Duration>) -> Wake {
        let deadline = deadline_after(timeout);
        let mut done = self.completion.done.lock();
        self.completion
            .joiners
            .wait_until(rt, &mut done, deadline, |d| *d)
    }
}

/// Marks the end of a thread however its body ends (return or panic): releases the
/// global lock, leaves the registry, then wakes joiners.
struct ExitGuard {
    rt: Arc<Runtime>,
    ident: u64,
    completion: Arc<Completion>,
}

impl Drop for ExitGuard {
    fn drop(&mut self) {
        self.rt.release();
        self.rt.unregister(self.ident);
        let mut done = self.completion.done.lock();
        *done = true;
        self.completion.joiners.notify_all();
    }
}

/// Starts `body` on a new OS thread that first takes the global lock (attach) and
/// releases it when `body` ends (detach). Returns once the thread is running, so its
/// ident and native id are known. An error is the OS refusing a thread (stdlib:
/// `RuntimeError("can't start new thread")`).
pub fn spawn<F>(rt: &Arc<Runtime>, opts: SpawnOptions, body: F) -> io::Result<ThreadHandle>
where
    F: FnOnce() + Send + 'static,
{
    let stack = match opts.stack_size {
        Some(0) | None => DEFAULT_STACK_SIZE,
        Some(n) => n.max(MIN_STACK_SIZE),
    };
    let started: Arc<(Mutex<Option<Arc<ThreadInfo>>>, Condvar)> = Arc::default();
    let completion = Arc::new(Completion::default());
    let (rt2, started2, completion2) = (rt.clone(), started.clone(), completion.clone());
    let name = opts.name;
    // No std-level name: std panics on a NUL in it; the OS name is set from inside.
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            let me = current();
            if let Some(name) = &name {
                set_current_os_name(name);
            }
            rt2.register(me.clone());
            let _exit = ExitGuard {
                rt: rt2.clone(),
                ident: me.ident(),
                completion: completion2,
            };
            // Attach before announcing, as a CPython thread holds the lock when it sets
            // `_started`: the starter then waits for the lock, so with the lock on a
            // short body runs to its end (or to a switch interval) before `start()`
            // returns, which is the ordering lesson outputs were recorded with.
            rt2.acquire();
            {
                let (slot, cv) = &*started2;
                *slot.lock() = Some(me);
                cv.notify_one();
            }
            drop(started2);
            body();
        })?;
    let info = rt.allow_threads(|| {
        let (slot, cv) = &*started;
        let mut slot = slot.lock();
        loop {
            if let Some(info) = slot.take() {
                break info;
            }
            cv.wait(&mut slot);
        }
    });
    // With the lock on, the new thread holds it: the starter has nothing to run.
    let on_other_cpu = !rt.gil_enabled()
        && rt.live_threads() <= crate::placement::cpu_count()
        && crate::placement::move_off_current_cpu(info.native_id());
    Ok(ThreadHandle {
        info,
        completion,
        on_other_cpu,
    })
}

impl Runtime {
    /// `spawn` as a method: `rt.spawn(opts, body)`.
    pub fn spawn<F>(self: &Arc<Self>, opts: SpawnOptions, body: F) -> io::Result<ThreadHandle>
    where
        F: FnOnce() + Send + 'static,
    {
        spawn(self, opts, body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gil::GilMode;
    use crate::runtime::Config;
    use std::sync::atomic::{AtomicU64, Ordering};

    #[test]
    fn names_are_truncated_at_char_boundaries_without_nul() {
        assert_eq!(
            os_thread_name("Thread-1 (worker)").to_str().ok(),
            Some("Thread-1 (worke")
        );
        assert_eq!(os_thread_name("a\0b").to_str().ok(), Some("ab"));
        // 'é' is two bytes: 14 ASCII + 'é' would be 16 bytes, so 'é' goes.
        assert_eq!(
            os_thread_name("abcdefghijklmné").to_str().ok(),
            Some("abcdefghijklmn")
        );
        assert_eq!(os_thread_name("").to_str().ok(), Some(""));
    }

    #[test]
    fn spawned_thread_reports_identity_and_os_name() {
        let rt = Runtime::new(Config::default());
        let seen = Arc::new(AtomicU64::new(0));
        let seen2 = seen.clone();
        let rt2 = rt.clone();
        let h = rt
            .spawn(
                SpawnOptions {
                    name: Some("Thread-7 (compute)".into()),
                    stack_size: Some(256 * 1024),
                },
                move || {
                    assert!(rt2.gil().held_by_current());
                    assert!(!rt2.is_main_thread());
                    seen2.store(current_ident(), Ordering::SeqCst);
                    let comm = std::fs::read_to_string(format!(
                        "/proc/self/task/{}/comm",
                        current_native_id()
                    ))
                    .unwrap_or_default();
                    assert_eq!(comm.trim_end(), "Thread-7 (compu");
                },
            )
            .expect("spawn");
        assert_ne!(h.ident(), current_ident());
        assert_ne!(h.native_id(), current_native_id());
        assert_eq!(h.join(&rt, Some(Duration::from_secs(30))), Wake::Notified);
        assert!(h.is_finished());
        assert_eq!(seen.load(Ordering::SeqCst), h.ident());
        assert!(rt.gil().held_by_current());
        assert_eq!(rt.live_threads(), 1);
        rt.release();
    }

    /// With the lock on, a new thread holds the lock when `spawn` returns control, so a
    /// body that never polls has finished by then (CPython's `start()` ordering).
    #[test]
    fn lock_on_short_body_runs_before_spawn_returns() {
        let rt = Runtime::new(Config::default());
        let ran = Arc::new(AtomicU64::new(0));
        let ran2 = ran.clone();
        let h = rt
            .spawn(SpawnOptions::default(), move || {
                ran2.store(1, Ordering::SeqCst);
            })
            .expect("spawn");
        assert!(rt.gil().held_by_current());
        assert_eq!(ran.load(Ordering::SeqCst), 1);
        assert_eq!(h.join(&rt, Some(Duration::from_secs(30))), Wake::Notified);
        rt.release();
    }

    #[test]
    fn join_times_out_while_the_thread_runs() {
        let rt = Runtime::new(Config {
            gil: GilMode::Off,
            ..Config::default()
        });
        let gate = Arc::new(crate::lock::Lock::new());
        assert!(gate.try_acquire());
        let (gate2, rt2) = (gate.clone(), rt.clone());
        let h = rt
            .spawn(SpawnOptions::default(), move || {
                gate2.acquire(&rt2, None);
            })
            .expect("spawn");
        assert_eq!(h.join(&rt, Some(Duration::from_millis(20))), Wake::TimedOut);
        assert!(!h.is_finished());
        gate.release().expect("locked");
        assert_eq!(h.join(&rt, Some(Duration::from_secs(30))), Wake::Notified);
    }

    /// A thread that gave the lock up itself exits without touching it again, and the
    /// others carry on.
    #[test]
    fn a_thread_exiting_without_the_lock_does_not_deadlock() {
        let rt = Runtime::new(Config::default());
        let rt2 = rt.clone();
        let h = rt
            .spawn(SpawnOptions::default(), move || {
                assert!(rt2.release());
            })
            .expect("spawn");
        assert_eq!(h.join(&rt, Some(Duration::from_secs(30))), Wake::Notified);
        assert!(rt.gil().held_by_current());
        assert_eq!(rt.live_threads(), 1);
        rt.allow_threads(|| {});
        assert!(rt.gil().held_by_current());
        rt.release();
    }

    #[test]
    fn a_panicking_thread_still_releases_the_lock() {
        let rt = Runtime::new(Config::default());
        let h = rt
            .spawn(SpawnOptions::default(), || panic!("bug in a thread body"))
            .expect("spawn");
        assert_eq!(h.join(&rt, Some(Duration::from_secs(30))), Wake::Notified);
        // The main thread can still take the lock back after releasing it.
        rt.allow_threads(|| {});
        assert!(rt.gil().held_by_current());
        rt.release();
    }
}
