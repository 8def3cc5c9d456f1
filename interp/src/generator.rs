//! Generators, coroutines and async generators: a suspended frame owned by its object.

use std::sync::atomic::{AtomicPtr, AtomicU8, Ordering};

use crate::code::Code;
use crate::frame::Frame;

pub const GEN_CREATED: u8 = 0;
pub const GEN_SUSPENDED: u8 = 1;
pub const GEN_RUNNING: u8 = 2;
pub const GEN_DONE: u8 = 3;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct Generator {
    /// The suspended frame; null while running or finished. An atomic swap hands it
    /// to the thread resuming the generator (one atomic op each way, no lock).
    frame: AtomicPtr<Frame>,
    pub state: AtomicU8,
    pub kind: GenKind,
    pub code: &'static Code,
    /// For a coroutine: has it ever been awaited or sent to (for the "never awaited" warning).
    pub qualname: String,
}

impl Drop for Generator {
    fn drop(&mut self) {
        let p = *self.frame.get_mut();
        if !p.is_null() {
            // SAFETY: the pointer came from Box::into_raw and is owned here.
            drop(unsafe { Box::from_raw(p) });
        }
    }
}

impl Generator {
    pub fn new(
        frame: Box<Frame>,
        kind: GenKind,
        code: &'static Code,
        qualname: String,
    ) -> Generator {
        Generator {
            frame: AtomicPtr::new(Box::into_raw(frame)),
            state: AtomicU8::new(GEN_CREATED),
            kind,
            code,
            qualname,
        }
    }

    /// Takes the suspended frame (None if running or finished).
    pub fn take_frame(&self) -> Option<Box<Frame>> {
        let p = self.frame.swap(std::ptr::null_mut(), Ordering::AcqRel);
        // SAFETY: non-null pointers stored here come from Box::into_raw, and the swap
        // gives this caller sole ownership.
        (!p.is_null()).then(|| unsafe { Box::from_raw(p) })
    }

    pub fn put_frame(&self, f: Option<Box<Frame>>) {
        let p = f.map_or(std::ptr::null_mut(), Box::into_raw);
        let old = self.frame.swap(p, Ordering::AcqRel);
        if !old.is_null() {
            // SAFETY: as in take_frame.
            drop(unsafe { Box::from_raw(old) });
        }
    }

    pub fn state(&self) -> u8 {
        self.state.load(Ordering::Acquire)
    }

    pub fn set_state(&self, s: u8) {
        self.state.store(s, Ordering::Release);
    }

    pub fn type_word(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}
