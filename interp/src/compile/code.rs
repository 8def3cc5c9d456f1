//! Code objects: compiled bytecode with its constants, names, slot layout, exception table and line table.

use std::sync::{Arc, OnceLock};

use skein_grammar::{LineIndex, Span};

use crate::bytecode::Instr;
use crate::namespace::Slot;
use crate::objref::ObjRef;
use crate::value::Value;

pub const CO_VARARGS: u32 = 1;
/// Skein-private: `consts[0]` is the function's docstring (`__doc__`).
pub const CO_HAS_DOCSTRING: u32 = 1 << 28;
pub const CO_VARKEYWORDS: u32 = 2;
pub const CO_GENERATOR: u32 = 4;
pub const CO_COROUTINE: u32 = 8;
pub const CO_ASYNC_GENERATOR: u32 = 16;
/// Flags that rule out `eval::fast_call` (extra binding work or a generator object).
pub const FAST_CALL_MASK: u32 =
    CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;
/// A class body: names go through the class namespace.
pub const CO_CLASS_BODY: u32 = 32;
/// Module-level code.
pub const CO_MODULE: u32 = 64;

/// One exception-table row: instructions `start..end` jump to `target` with the value
/// stack cut to `depth` (above the locals) when an exception escapes them.
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

/// The source a code object came from, shared by every code object of one file.
pub struct SourceInfo {
    pub filename: String,
    pub text: Arc<str>,
    pub lines: LineIndex,
}

impl SourceInfo {
    pub fn line_of(&self, offset: u32) -> u32 {
        self.lines.line_col(offset).0
    }

    /// The text of 1-based line `n`, without its newline.
    pub fn line_text(&self, n: u32) -> Option<&str> {
        // `<string>` (`-c`), `<stdin>` (the REPL): CPython's linecache cannot read these
        // back, so their tracebacks show no source lines.
        if self.filename.starts_with('<') && self.filename.ends_with('>') {
            return None;
        }
        let start = self.lines.line_start(n)? as usize;
        let rest = self.text.get(start..)?;
        Some(rest.split('\n').next().unwrap_or("").trim_end_matches('\r'))
    }
}

/// A `LoadGlobal` name's module slot and, if builtins had the name, its builtin slot.
pub type GlobalSlots = (&'static Slot, Option<&'static Slot>);

pub struct Code {
    pub name: String,
    pub qualname: String,
    pub source: Arc<SourceInfo>,
    pub firstlineno: u32,
    pub instrs: Vec<Instr>,
    /// Source span of each instruction, for the line table and traceback carets.
    pub spans: Vec<Span>,
    pub consts: Vec<Value>,
    /// Interned name strings used by global, attribute and import instructions.
    pub names: Vec<ObjRef>,
    pub varnames: Vec<String>,
    /// `varnames` as interned strings, so keyword binding compares pointers.
    pub varname_objs: Vec<ObjRef>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// For each cell variable that is also a parameter, its parameter index.
    pub cell_params: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub handlers: Vec<Handler>,
    pub max_stack: u32,
    /// Caret anchors for tracebacks: `(pc, left operand end, right operand start or
    /// slice end, is_subscript)` as byte offsets.
    pub anchors: Vec<(u32, u32, u32, bool)>,
    /// Per `LoadGlobal` name: the global slot and, if builtins had the name then, the
    /// builtin slot; resolved on first use.
    pub global_cache: Box<[OnceLock<GlobalSlots>]>,
}

impl Code {
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }

    pub fn line_of(&self, pc: usize) -> u32 {
        match self.spans.get(pc) {
            Some(sp) => self.source.line_of(sp.start),
            None => self.firstlineno,
        }
    }

    pub fn handler_for(&self, pc: u32) -> Option<&Handler> {
        self.handlers.iter().find(|h| h.start <= pc && pc < h.end)
    }

    pub fn is_generator_like(&self) -> bool {
        self.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0
    }

    pub fn name_str(&self, i: u32) -> &str {
        match &self.names[i as usize].data {
            crate::object::ObjData::Str(s) => s.as_str(),
            _ => "",
        }
    }

    /// Total positional + keyword parameter slots (not counting *args / **kwargs).
    pub fn total_params(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize
    }
}
