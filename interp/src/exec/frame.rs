//! Frames: one activation of a code object — its registers (locals, cells, value stack),
//! program counter, globals, and what its caller expects when it returns or yields.

use crate::code::Code;
use crate::object::ObjBox;
use crate::objref::ObjRef;
use crate::value::Value;

/// What the caller does with this frame's result.
#[derive(Clone)]
pub enum FrameKind {
    /// Push the return value.
    Normal,
    /// `__init__` of a class call: check it returned None, push the instance.
    Init(Value),
    /// A generator resumed by `ForIter`: on return, pop the iterator and jump.
    GenFor(u32),
    /// A generator resumed by `Send` (yield from / await): on return, replace the
    /// iterator with the result and jump.
    GenSend(u32),
    /// A generator resumed by `next()` / `send()` called from bytecode: on return raise
    /// StopIteration(value) in the caller.
    GenCall,
}

pub struct Frame {
    pub code: &'static Code,
    pub pc: usize,
    /// Locals, then cells and free variables, then the value stack.
    pub regs: Vec<Value>,
    /// Index of the first value-stack slot in `regs`.
    pub base: usize,
    pub module: &'static ObjBox,
    /// A class body's namespace (a dict); None elsewhere.
    pub ns: Option<Value>,
    pub kind: FrameKind,
    /// Entered from native code: returning from it returns to Rust.
    pub boundary: bool,
    /// The generator or coroutine this frame belongs to, while it runs.
    pub gen: Option<ObjRef>,
    /// The caller's handled exception, restored when a generator frame suspends.
    pub outer_handled: Value,
}

impl Frame {
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        self.regs.push(v);
    }

    /// Pops the value stack. The compiler's stack-depth accounting keeps pops above
    /// `base`; checking it again on every pop cost a compare and branch for nothing
    /// (a miscompiled underflow would read a local, still memory-safe).
    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        self.regs.pop().unwrap_or(Value::Unbound)
    }

    #[inline]
    pub fn top(&self) -> &Value {
        self.regs.last().unwrap_or(&Value::Unbound)
    }

    /// The value `n` below the top (0 is the top).
    #[inline]
    pub fn peek(&self, n: usize) -> &Value {
        let len = self.regs.len();
        if n < len - self.base {
            &self.regs[len - 1 - n]
        } else {
            &Value::Unbound
        }
    }

    pub fn stack_len(&self) -> usize {
        self.regs.len() - self.base
    }

    /// Cuts the value stack to `depth` entries.
    pub fn truncate_stack(&mut self, depth: usize) {
        self.regs.truncate(self.base + depth);
    }

    /// Pops the top `n` values in order.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.regs.len().saturating_sub(n).max(self.base);
        self.regs.split_off(at)
    }

    pub fn line(&self) -> u32 {
        self.code.line_of(self.pc.saturating_sub(1))
    }
}
