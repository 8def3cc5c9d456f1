//! The process's memory allocator: mimalloc behind a per-thread "last freed block" slot per size.
//!
//! Python programs allocate and free small objects at a high rate; mimalloc serves them
//! from per-thread size-class pages (glibc's malloc page-faulted on every fresh 4 KiB page
//! and cost ~20% of `dict_str`'s instructions). In front of it, one slot per small size
//! keeps the block just freed, so the next allocation of that size gets it back, as
//! CPython's pymalloc (and glibc's tcache) do. Programs observe that reuse through `id()`,
//! the default `hash()` and `<X object at 0x...>` reprs (`hash(A()) == hash(A())` is True
//! in CPython); mimalloc alone hands out a different block. The binary installs it with
//! `#[global_allocator]`; the library crates and their tests keep the system allocator.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::ptr::null_mut;

use libmimalloc_sys as ffi;

pub struct Allocator;

/// `mi_option_purge_delay` in mimalloc v3's `mi_option_t` (mimalloc.h); the sys crate
/// exposes the option calls only with its `extended` feature, for the v2 numbering.
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

unsafe extern "C" {
    fn mi_option_set_default(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// Process-wide allocator settings; the binary calls this first thing in `main`.
///
/// Freed pages go back to the OS only after 10 s unused (mimalloc's default is 1 s).
/// With transparent huge pages, a program that frees a big structure and builds another
/// (a list of 500k strs, then the next one) had its pages purged and re-faulted, each
/// fault zeroing 2 MiB: `clear_page_erms` was a third of `dict_str`'s run time. A
/// `MIMALLOC_PURGE_DELAY` in the environment still wins (`set_default`).
///
/// Transparent huge pages are turned off for the process (`PR_SET_THP_DISABLE`; mimalloc
/// reads its own THP option before `main`, too early to change). With the usual kernel
/// setting (`defrag=madvise`) a fault in a region mimalloc marked for huge pages may
/// compact memory first: `dict_str` took 0.3–0.6 s of system time in some runs and
/// 0.01 s in others (1.0–1.6x CPython from run to run); with 4 KiB pages it is a steady
/// 0.09 s, as CPython's. Child processes inherit the setting.
pub fn configure() {
    // SAFETY: a plain setter on mimalloc's option table; any value is valid.
    unsafe { mi_option_set_default(MI_OPTION_PURGE_DELAY, 10_000) };
    #[cfg(target_os = "linux")]
    // SAFETY: prctl with integer arguments only; a failure (old kernel) leaves THP on.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

/// Sizes `8 * i` for `i` in `2..SLOTS` are cached, at most 8-byte aligned (a mimalloc
/// block of a size that is no multiple of 16 may not be 16-byte aligned).
const SLOTS: usize = 33;

/// mimalloc's plain entry points serve alignments up to 8 (Rust's usual ones) on its fast
/// path; `mi_malloc_aligned` takes a generic, over-allocating path even for those.
const PLAIN_ALIGN: usize = 8;

/// One thread's cached blocks; returned to mimalloc when the thread ends, so a program
/// that starts thousands of short threads does not leak their slots.
struct LastFreed([Cell<*mut u8>; SLOTS]);

impl Drop for LastFreed {
    fn drop(&mut self) {
        for slot in &self.0 {
            let p = slot.replace(null_mut());
            if !p.is_null() {
                // SAFETY: a cached block is a live mimalloc block owned by no one else.
                unsafe { ffi::mi_free(p.cast()) }
            }
        }
    }
}

thread_local! {
    // Per thread, so no atomics. Once a thread's slots are dropped (at its exit),
    // `try_with` fails and allocation goes straight to mimalloc.
    static LAST_FREED: LastFreed = const { LastFreed([const { Cell::new(null_mut()) }; SLOTS]) };
}

#[inline]
fn slot_of(layout: &Layout) -> Option<usize> {
    let size = layout.size();
    (size >= 16 && size.is_multiple_of(8) && size / 8 < SLOTS && layout.align() <= 8)
        .then_some(size / 8)
}

unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if let Some(i) = slot_of(&layout) {
            let p = LAST_FREED
                .try_with(|s| s.0[i].replace(null_mut()))
                .unwrap_or(null_mut());
            if !p.is_null() {
                return p;
            }
        }
        // SAFETY: plain C allocation calls; mimalloc aligns to at least 8.
        unsafe {
            if layout.align() <= PLAIN_ALIGN {
                ffi::mi_malloc(layout.size()).cast()
            } else {
                ffi::mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as `alloc`.
        unsafe {
            if layout.align() <= PLAIN_ALIGN {
                ffi::mi_zalloc(layout.size()).cast()
            } else {
                ffi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let ptr = match slot_of(&layout) {
            // The slot's previous block (same size, from mimalloc) goes back instead.
            Some(i) => LAST_FREED.try_with(|s| s.0[i].replace(ptr)).unwrap_or(ptr),
            None => ptr,
        };
        if !ptr.is_null() {
            // SAFETY: every block this allocator hands out is a mimalloc block.
            unsafe { ffi::mi_free(ptr.cast()) }
        }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` is a live mimalloc block (cached blocks are never handed out twice).
        unsafe {
            if layout.align() <= PLAIN_ALIGN {
                ffi::mi_realloc(ptr.cast(), new_size).cast()
            } else {
                ffi::mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
            }
        }
    }
}
