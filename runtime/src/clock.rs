//! The clocks behind the `time` module: wall, monotonic, process and thread CPU time, in nanoseconds.

/// Which clock to read (`time.get_clock_info` names in the comments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    /// `time.time()`: CLOCK_REALTIME, nanoseconds since the epoch.
    Realtime,
    /// `time.monotonic()` and `time.perf_counter()`: CLOCK_MONOTONIC.
    Monotonic,
    /// `time.process_time()`: CLOCK_PROCESS_CPUTIME_ID.
    ProcessCpu,
    /// `time.thread_time()`: CLOCK_THREAD_CPUTIME_ID.
    ThreadCpu,
}

impl Clock {
    fn id(self) -> libc::clockid_t {
        match self {
            Clock::Realtime => libc::CLOCK_REALTIME,
            Clock::Monotonic => libc::CLOCK_MONOTONIC,
            Clock::ProcessCpu => libc::CLOCK_PROCESS_CPUTIME_ID,
            Clock::ThreadCpu => libc::CLOCK_THREAD_CPUTIME_ID,
        }
    }

    /// The clock's `implementation` string in `time.get_clock_info`.
    pub fn implementation(self) -> &'static str {
        match self {
            Clock::Realtime => "clock_gettime(CLOCK_REALTIME)",
            Clock::Monotonic => "clock_gettime(CLOCK_MONOTONIC)",
            Clock::ProcessCpu => "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)",
            Clock::ThreadCpu => "clock_gettime(CLOCK_THREAD_CPUTIME_ID)",
        }
    }

    /// Reads the clock in nanoseconds (`time.time_ns()` etc.). These clocks cannot fail
    /// on Linux; if one ever did, 0 is returned rather than a panic.
    pub fn now_ns(self) -> i64 {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid out-parameter.
        if unsafe { libc::clock_gettime(self.id(), &mut ts) } != 0 {
            return 0;
        }
        // time_t and c_long are i64 on 64-bit Linux, the only target (see parker.rs).
        ts.tv_sec
            .saturating_mul(1_000_000_000)
            .saturating_add(ts.tv_nsec)
    }

    /// The clock's resolution in seconds (`time.get_clock_info(...).resolution`).
    pub fn resolution(self) -> f64 {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid out-parameter.
        if unsafe { libc::clock_getres(self.id(), &mut ts) } != 0 {
            return 1e-9;
        }
        ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks_advance_and_make_sense() {
        let wall = Clock::Realtime.now_ns();
        // After 2020-01-01: the clock is in nanoseconds since the epoch.
        assert!(wall > 1_577_836_800_000_000_000);
        let a = Clock::Monotonic.now_ns();
        let mut x = 0u64;
        for i in 0..100_000u64 {
            x = std::hint::black_box(x.wrapping_add(i));
        }
        assert!(Clock::Monotonic.now_ns() >= a);
        assert!(Clock::ThreadCpu.now_ns() > 0);
        assert!(Clock::ProcessCpu.now_ns() >= Clock::ThreadCpu.now_ns() / 2);
        assert!(Clock::Monotonic.resolution() > 0.0);
        assert_eq!(
            Clock::Monotonic.implementation(),
            "clock_gettime(CLOCK_MONOTONIC)"
        );
    }
}
