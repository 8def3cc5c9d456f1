//! The lock inside every list: a test-and-set lock whose release is a plain store.
//!
//! A list lock is held only for a native operation on the items (never across Python
//! code or a blocking wait), so it is almost never contended. `parking_lot`'s mutex
//! releases with a compare-exchange (it must see whether a waiter sleeps); this lock
//! has no sleeping waiters, so release is one store, which x86 does without a locked
//! instruction: `b[3]` pays one locked instruction instead of two. A waiter spins
//! briefly, then yields its time slice, then naps, so a long holder (a sort, a copy of
//! a huge list) costs the waiter little CPU.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use lock_api::{GuardSend, RawMutex};

use crate::value::Value;

/// A list's items under their lock; the same API as `parking_lot::Mutex`.
pub type ListMutex = lock_api::Mutex<ListLock, Vec<Value>>;

pub struct ListLock(AtomicBool);

// SAFETY: `lock` returns only once this thread flipped the flag from false to true
// (Acquire), and `unlock` (Release) is only called by the holder, so at most one guard
// exists at a time and the holder's writes are seen by the next holder.
unsafe impl RawMutex for ListLock {
    #[allow(clippy::declare_interior_mutable_const)]
    const INIT: ListLock = ListLock(AtomicBool::new(false));
    type GuardMarker = GuardSend;

    #[inline]
    fn lock(&self) {
        if !self.try_lock() {
            self.lock_contended();
        }
    }

    #[inline]
    fn try_lock(&self) -> bool {
        self.0
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
    }

    #[inline]
    unsafe fn unlock(&self) {
        self.0.store(false, Ordering::Release);
    }

    #[inline]
    fn is_locked(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

impl ListLock {
    #[cold]
    #[inline(never)]
    fn lock_contended(&self) {
        let mut round: u32 = 0;
        loop {
            // Wait for the flag to clear with plain loads (no cache-line ping-pong).
            while self.0.load(Ordering::Relaxed) {
                if round < 64 {
                    for _ in 0..(1u32 << (round / 8).min(6)) {
                        std::hint::spin_loop();
                    }
                } else if round < 1000 {
                    std::thread::yield_now();
                } else {
                    std::thread::sleep(Duration::from_micros(50));
                }
                round = round.saturating_add(1);
            }
            if self.try_lock() {
                return;
            }
        }
    }
}
