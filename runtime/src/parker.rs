//! The per-thread sleep primitive: a futex word that a thread sleeps on and that notifiers, shutdown and signal handlers wake.
//!
//! Why a raw futex rather than a mutex and condition variable: a signal handler must be
//! able to wake the main thread out of any blocking wait, and the only wake-up that is
//! async-signal-safe is an atomic store plus a system call. The word is only a wake-up
//! hint: whoever sleeps re-checks the real condition (a waiter's `notified` flag, the
//! pending-signal and shutdown bits) after every return, so spurious wake-ups are harmless.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::time::Instant;

/// Nonzero: someone woke this thread since it last reset the word.
const WOKEN: u32 = 1;

#[derive(Debug, Default)]
pub struct Parker {
    word: AtomicU32,
    /// True while the owner is inside `sleep`: what a starter watches to end a new
    /// thread's head start once it blocks (`_thread._start_joinable`).
    sleeping: AtomicBool,
}

impl Parker {
    pub const fn new() -> Self {
        Parker {
            word: AtomicU32::new(0),
            sleeping: AtomicBool::new(false),
        }
    }

    /// Forgets earlier wake-ups. The sleeper calls this before re-checking its condition,
    /// so a wake-up that races with the check makes the following `sleep` return at once.
    #[inline]
    pub fn reset(&self) {
        self.word.store(0, Ordering::SeqCst);
    }

    /// Wakes the owning thread if it sleeps, or makes its next `sleep` return at once.
    /// Async-signal-safe: one atomic and one futex(2) call, no allocation, no lock.
    #[inline]
    pub fn wake(&self) {
        if self.word.swap(WOKEN, Ordering::SeqCst) == 0 {
            futex_wake(&self.word);
        }
    }

    /// Sleeps until woken, until `deadline`, or spuriously (a signal delivered to this
    /// thread interrupts the call). Returns at once if a wake-up arrived since `reset`.
    pub fn sleep(&self, deadline: Option<Instant>) {
        let timeout = match deadline {
            Some(deadline) => {
                let now = Instant::now();
                if now >= deadline {
                    return;
                }
                Some(deadline - now)
            }
            None => None,
        };
        self.sleeping.store(true, Ordering::Relaxed);
        futex_wait(&self.word, 0, timeout);
        self.sleeping.store(false, Ordering::Relaxed);
    }

    /// Whether the owner is asleep (blocked in a wait) at this moment.
    pub fn is_sleeping(&self) -> bool {
        self.sleeping.load(Ordering::Relaxed)
    }
}

#[cfg(target_os = "linux")]
fn futex_wait(word: &AtomicU32, expected: u32, timeout: Option<std::time::Duration>) {
    let ts;
    let ts_ptr = match timeout {
        Some(d) => {
            // Durations beyond time_t's range are as good as forever.
            let secs = libc::time_t::try_from(d.as_secs()).unwrap_or(libc::time_t::MAX);
            ts = libc::timespec {
                tv_sec: secs,
                tv_nsec: d.subsec_nanos() as libc::c_long,
            };
            &ts as *const libc::timespec
        }
        None => std::ptr::null(),
    };
    // SAFETY: `word` is a live, aligned u32 for the duration of the call; the kernel only
    // compares it with `expected` and sleeps. The result (0, EAGAIN, EINTR, ETIMEDOUT) is
    // deliberately ignored: the caller re-checks its condition in every case.
    unsafe {
        libc::syscall(
            libc::SYS_futex,
            word.as_ptr(),
            libc::FUTEX_WAIT | libc::FUTEX_PRIVATE_FLAG,
            expected,
            ts_ptr,
            std::ptr::null::<u32>(),
            0u32,
        );
    }
}

#[cfg(target_os = "linux")]
fn futex_wake(word: &AtomicU32) {
    // SAFETY: as above; FUTEX_WAKE only reads the address to find sleepers.
    unsafe {
        libc::syscall(
            libc::SYS_futex,
            word.as_ptr(),
            libc::FUTEX_WAKE | libc::FUTEX_PRIVATE_FLAG,
            i32::MAX,
        );
    }
}

#[cfg(not(target_os = "linux"))]
compile_error!(
    "skein-runtime's parker uses futex(2); port it (e.g. to a pipe) before building elsewhere"
);

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::time::Duration;

    #[test]
    fn sleep_times_out() {
        let p = Parker::new();
        let deadline = Instant::now() + Duration::from_millis(20);
        // `sleep` may return early (a signal); callers loop on the deadline, as here.
        while Instant::now() < deadline {
            p.sleep(Some(deadline));
        }
    }

    #[test]
    fn wake_before_sleep_is_not_lost() {
        let p = Parker::new();
        p.reset();
        p.wake();
        // Would hang (until the generous deadline) if the wake-up were lost.
        let start = Instant::now();
        p.sleep(Some(start + Duration::from_secs(30)));
        assert!(start.elapsed() < Duration::from_secs(30));
    }

    #[test]
    fn wake_from_another_thread() {
        let p = Arc::new(Parker::new());
        p.reset();
        let p2 = p.clone();
        let t = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(10));
            p2.wake();
        });
        let start = Instant::now();
        p.sleep(Some(start + Duration::from_secs(30)));
        assert!(start.elapsed() < Duration::from_secs(30));
        t.join().ok();
    }
}
