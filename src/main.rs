//! The `skein` executable: hands the command line to the library and exits with its status.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::ptr::null_mut;

use libmimalloc_sys as ffi;

/// mimalloc instead of glibc's malloc (Python programs allocate and free small objects at
/// a high rate, which mimalloc serves from per-thread size-class pages backed by huge
/// pages), with a one-block-per-size "last freed" slot in front of it: the next
/// allocation of the same size gets the block just freed, as CPython's pymalloc (and
/// glibc's tcache) do. Programs observe that reuse through `id()`, the default `hash()`
/// and `<X object at 0x...>` reprs (`hash(A()) == hash(A())` is True in CPython);
/// mimalloc alone hands out a different block.
struct Allocator;

#[global_allocator]
static GLOBAL: Allocator = Allocator;

/// Sizes `8 * i` for `i` in `2..SLOTS` are cached, at most 8-byte aligned (a mimalloc
/// block of a size that is no multiple of 16 may not be 16-byte aligned).
const SLOTS: usize = 33;

thread_local! {
    /// Per thread, so no atomics; a thread that ends leaks its few cached blocks.
    static LAST_FREED: [Cell<*mut u8>; SLOTS] = const { [const { Cell::new(null_mut()) }; SLOTS] };
}

#[inline]
fn slot_of(layout: &Layout) -> Option<usize> {
    let size = layout.size();
    (size >= 16 && size.is_multiple_of(8) && size / 8 < SLOTS && layout.align() <= 8)
        .then_some(size / 8)
}

/// mimalloc's plain entry points serve alignments up to 8 (Rust's usual ones) on its fast
/// path; `mi_malloc_aligned` takes a generic, over-allocating path even for those.
const PLAIN_ALIGN: usize = 8;

unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if let Some(i) = slot_of(&layout) {
            let p = LAST_FREED.with(|s| s[i].replace(null_mut()));
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
            Some(i) => LAST_FREED.with(|s| s[i].replace(ptr)),
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

fn main() {
    let status = skein::main_with_args(std::env::args_os().skip(1));
    std::process::exit(status);
}
