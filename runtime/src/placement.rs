//! Where a new thread starts running: on another core than its starter's while the process has a core to spare.
//!
//! Why: some kernels (the packing scheduler of the 2-core VMs Skein is measured on, and
//! any scheduler whose fork balancing prefers the parent's core) queue a new thread on
//! its starter's core while another core idles, and a wake-up sent from a busy core to
//! an idle one can take a scheduler tick (4 ms) to land there. `Thread.start()` waits
//! for the new thread to register itself (as CPython's does); when the new thread shares
//! the starter's core, the starter then resumes only when the new thread's time slice
//! ends, milliseconds later. Moving the new thread to another allowed core at once lets
//! both run, and the starter can poll for the registration instead of sleeping.

use std::sync::OnceLock;

/// Cores this process may run on (affinity and cgroup quota), at least 1.
pub fn cpu_count() -> usize {
    static N: OnceLock<usize> = OnceLock::new();
    *N.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Moves thread `tid` (a kernel thread id) off the calling thread's current core, if its
/// affinity allows another one: narrows its affinity to exclude this core (the kernel
/// migrates a queued thread at once), then restores it. False when nothing was moved.
#[cfg(target_os = "linux")]
pub fn move_off_current_cpu(tid: u64) -> bool {
    let Ok(tid) = libc::pid_t::try_from(tid) else {
        return false;
    };
    let size = std::mem::size_of::<libc::cpu_set_t>();
    // SAFETY: plain system calls on a zero-initialised `cpu_set_t` of the size passed;
    // failures (a thread that already exited, a cpu number outside the set) are reported
    // by return values and mean "not moved".
    unsafe {
        let cpu = libc::sched_getcpu();
        let Ok(cpu) = usize::try_from(cpu) else {
            return false;
        };
        let mut allowed: libc::cpu_set_t = std::mem::zeroed();
        if cpu >= libc::CPU_SETSIZE as usize
            || libc::sched_getaffinity(tid, size, &mut allowed) != 0
            || libc::CPU_COUNT(&allowed) < 2
            || !libc::CPU_ISSET(cpu, &allowed)
        {
            return false;
        }
        let mut elsewhere = allowed;
        libc::CPU_CLR(cpu, &mut elsewhere);
        if libc::sched_setaffinity(tid, size, &elsewhere) != 0 {
            return false;
        }
        libc::sched_setaffinity(tid, size, &allowed);
    }
    true
}

#[cfg(not(target_os = "linux"))]
pub fn move_off_current_cpu(_tid: u64) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed_cpus() -> usize {
        // SAFETY: as in `move_off_current_cpu`.
        unsafe {
            let mut set: libc::cpu_set_t = std::mem::zeroed();
            libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set);
            libc::CPU_COUNT(&set) as usize
        }
    }

    #[test]
    fn a_moved_thread_gets_its_affinity_back() {
        let (tx, rx) = std::sync::mpsc::channel();
        let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
        let t = std::thread::spawn(move || {
            let _ = tx.send(crate::thread::gettid());
            let _ = done_rx.recv();
            allowed_cpus()
        });
        let tid = rx.recv().expect("tid");
        let moved = move_off_current_cpu(tid);
        let _ = done_tx.send(());
        let after = t.join().expect("thread");
        let before = allowed_cpus();
        assert_eq!(after, before);
        assert_eq!(moved, before > 1);
        assert!(!move_off_current_cpu(u64::MAX));
    }
}
