//! The eval breaker: one word the VM polls at backward jumps and calls, whose bits say why it must stop.

use std::sync::atomic::{AtomicU32, Ordering};

/// Why the eval loop has to leave its fast path. Several reasons can be set at once;
/// they share one word so that the VM's poll is a single relaxed load and a branch.
pub mod reason {
    /// A thread waiting for the global lock asked the holder to drop it (switch interval).
    pub const GIL_DROP_REQUEST: u32 = 1 << 0;
    /// A process signal was recorded and waits for the main thread to run its handler.
    pub const SIGNALS_PENDING: u32 = 1 << 1;
    /// The interpreter is shutting down: every thread should unwind.
    pub const SHUTDOWN: u32 = 1 << 2;
    /// Reserved: an exception was posted to some thread (`PyThreadState_SetAsyncExc`).
    pub const ASYNC_EXCEPTION: u32 = 1 << 3;
    /// A thread retired memory that threads pinned to an old epoch keep alive: each
    /// should drop its long-held pin at its next poll (the VM clears the bit).
    pub const UNPIN_REQUEST: u32 = 1 << 4;
}

/// The flag word. Aligned to its own cache line: every running thread reads it all the
/// time, and it must not share a line with anything that is written often.
#[repr(align(64))]
#[derive(Debug, Default)]
pub struct EvalBreaker {
    bits: AtomicU32,
}

impl EvalBreaker {
    pub const fn new() -> Self {
        EvalBreaker {
            bits: AtomicU32::new(0),
        }
    }

    /// The VM's hot check. Relaxed: a reason set by another thread is seen a few
    /// instructions late at worst, and whoever acts on it re-reads under its own lock.
    #[inline(always)]
    pub fn is_set(&self) -> bool {
        self.bits.load(Ordering::Relaxed) != 0
    }

    /// All reasons currently set.
    #[inline]
    pub fn bits(&self) -> u32 {
        self.bits.load(Ordering::SeqCst)
    }

    /// Whether `reason` is set.
    #[inline]
    pub fn has(&self, reason: u32) -> bool {
        self.bits.load(Ordering::SeqCst) & reason != 0
    }

    /// Sets `reason`. Async-signal-safe (a lock-free atomic), so signal handlers use it.
    #[inline]
    pub fn set(&self, reason: u32) {
        self.bits.fetch_or(reason, Ordering::SeqCst);
    }

    /// Clears `reason`.
    #[inline]
    pub fn clear(&self, reason: u32) {
        self.bits.fetch_and(!reason, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_independent_bits() {
        let b = EvalBreaker::new();
        assert!(!b.is_set());
        b.set(reason::GIL_DROP_REQUEST);
        b.set(reason::SIGNALS_PENDING);
        assert!(b.is_set());
        b.clear(reason::GIL_DROP_REQUEST);
        assert!(b.is_set());
        assert!(b.has(reason::SIGNALS_PENDING));
        assert!(!b.has(reason::GIL_DROP_REQUEST));
        b.clear(reason::SIGNALS_PENDING);
        assert!(!b.is_set());
    }
}
