//! Generators, coroutines and async generators: a suspended frame owned by its object.

use std::sync::atomic::{AtomicU8, Ordering};

use parking_lot::Mutex;

use crate::code::Code;
use crate::frame::Frame;
use crate::value::Value;

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
    pub frame: Mutex<Option<Box<Frame>>>,
    pub state: AtomicU8,
    pub kind: GenKind,
    pub code: &'static Code,
    /// The exception this generator was handling when it last suspended.
    pub handled: Mutex<Value>,
    /// For a coroutine: has it ever been awaited or sent to (for the "never awaited" warning).
    pub qualname: String,
}

impl Generator {
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
