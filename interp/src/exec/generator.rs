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
// `try_take_frame` / `put_frame_back` / `discard_frame`); everything else is Send + Sync.
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

    /// Claims the suspended frame for running (state becomes RUNNING) and says which
    /// state it was in; `Err(state)` if the generator is running elsewhere or finished.
    #[inline]
    pub fn try_take_frame(&self) -> Result<(Box<Frame>, u8), u8> {
        let st = self.state.load(Ordering::Relaxed);
        if !matches!(st, GEN_CREATED | GEN_SUSPENDED) {
            return Err(st);
        }
        self.state
            .compare_exchange(st, GEN_RUNNING, Ordering::Acquire, Ordering::Relaxed)?;
        // SAFETY: winning the exchange gives this thread sole access to `frame`.
        match unsafe { (*self.frame.get()).take() } {
            Some(f) => Ok((f, st)),
            None => {
                self.state.store(GEN_DONE, Ordering::Release);
                Err(GEN_DONE)
            }
        }
    }

    /// Claims the suspended frame for running; None if running elsewhere or finished.
    pub fn take_frame(&self) -> Option<Box<Frame>> {
        self.try_take_frame().ok().map(|(f, _)| f)
    }

    /// Gives a suspended frame back (the caller owns it: state is RUNNING), leaving the
    /// generator in `state` (SUSPENDED, or CREATED when a first resume was refused).
    #[inline]
    pub fn put_frame_back(&self, f: Box<Frame>, state: u8) {
        // SAFETY: the caller took the frame with `try_take_frame`; nobody else touches
        // it until the release store below.
        unsafe { *self.frame.get() = Some(f) };
        self.state.store(state, Ordering::Release);
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
