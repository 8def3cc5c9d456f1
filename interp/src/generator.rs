//! Generators, coroutines and async generators: a suspended frame owned by its object.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicU8, Ordering};

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
    /// The suspended frame. Owned by whichever thread moved `state` away from
    /// CREATED/SUSPENDED with a compare-exchange; handed back before the release store
    /// that makes the generator resumable again. One locked instruction per resume.
    frame: UnsafeCell<Option<Box<Frame>>>,
    pub state: AtomicU8,
    pub kind: GenKind,
    pub code: &'static Code,
    pub qualname: String,
}

// SAFETY: `frame` is only touched by the thread that won the state transition (see
// `take_frame` / `put_frame` / `discard_frame`); everything else is Send + Sync.
unsafe impl Sync for Generator {}
unsafe impl Send for Generator {}

impl Generator {
    pub fn new(
        frame: Box<Frame>,
        kind: GenKind,
        code: &'static Code,
        qualname: String,
    ) -> Generator {
        Generator {
            frame: UnsafeCell::new(Some(frame)),
            state: AtomicU8::new(GEN_CREATED),
            kind,
            code,
            qualname,
        }
    }

    /// Claims the suspended frame for running (state becomes RUNNING); None if the
    /// generator is running elsewhere or finished.
    pub fn take_frame(&self) -> Option<Box<Frame>> {
        let st = self.state.load(Ordering::Acquire);
        if !matches!(st, GEN_CREATED | GEN_SUSPENDED) {
            return None;
        }
        self.state
            .compare_exchange(st, GEN_RUNNING, Ordering::AcqRel, Ordering::Acquire)
            .ok()?;
        // SAFETY: winning the exchange gives this thread sole access to `frame`.
        unsafe { (*self.frame.get()).take() }
    }

    /// Gives a suspended frame back (the caller owns it: state is RUNNING).
    pub fn put_frame(&self, f: Box<Frame>) {
        // SAFETY: the caller took the frame with `take_frame`; nobody else touches it
        // until the release store below.
        unsafe { *self.frame.get() = Some(f) };
        self.state.store(GEN_SUSPENDED, Ordering::Release);
    }

    /// Finishes a generator that is not running: its frame is dropped.
    pub fn discard_frame(&self) {
        if let Some(f) = self.take_frame() {
            drop(f);
        }
        self.state.store(GEN_DONE, Ordering::Release);
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
