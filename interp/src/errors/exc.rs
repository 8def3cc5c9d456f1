//! Exception instances: args, traceback entries, chaining (`__cause__`, `__context__`,
//! `__suppress_context__`), notes, and constructors for the errors native code raises.

use parking_lot::Mutex;

use crate::code::Code;
use crate::dict::DictMap;
use crate::func::Exc;
use crate::object::{ObjBox, ObjData};
use crate::objref::ObjRef;
use crate::pystr::new_string;
use crate::tuple::new_tuple;
use crate::types::{types, TypeRef};
use crate::value::Value;

/// One traceback line: a code object and the instruction that was running.
#[derive(Clone, Copy)]
pub struct TbEntry {
    pub code: &'static Code,
    pub pc: u32,
}

#[derive(Default)]
pub struct ExcState {
    pub args: Option<Value>,
    /// Innermost frame first.
    pub traceback: Vec<TbEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// The `__traceback__` object built for the first `n` entries: `(n, head)`.
    pub tb_object: Option<(usize, Value)>,
    /// `(message, exceptions tuple)` of a `BaseExceptionGroup`.
    pub group: Option<(Value, Value)>,
}

pub struct ExcObj {
    pub state: Mutex<ExcState>,
    pub attrs: Mutex<DictMap>,
}

impl ExcObj {
    pub fn new(args: Value) -> ExcObj {
        ExcObj {
            state: Mutex::new(ExcState {
                args: Some(args),
                ..Default::default()
            }),
            attrs: Mutex::new(DictMap::new()),
        }
    }
}

pub fn exc_data(o: &ObjBox) -> Option<&ExcObj> {
    match &o.data {
        ObjData::Exception(e) => Some(e),
        _ => None,
    }
}

pub fn new_exception(t: TypeRef, args: Vec<Value>) -> Exc {
    ObjRef::new(
        t,
        ObjData::Exception(Box::new(ExcObj::new(new_tuple(args)))),
    )
}

pub fn new_exc_msg(t: TypeRef, msg: impl Into<String>) -> Exc {
    new_exception(t, vec![new_string(msg.into())])
}

pub fn args_of(e: &ObjBox) -> Vec<Value> {
    let Some(x) = exc_data(e) else {
        return Vec::new();
    };
    let st = x.state.lock();
    match st.args.as_ref().and_then(|a| a.data()) {
        Some(ObjData::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

pub fn type_error(msg: impl Into<String>) -> Exc {
    new_exc_msg(types().type_error, msg)
}

pub fn value_error(msg: impl Into<String>) -> Exc {
    new_exc_msg(types().value_error, msg)
}

pub fn attribute_error(msg: impl Into<String>) -> Exc {
    new_exc_msg(types().attribute_error, msg)
}

pub fn index_error(msg: impl Into<String>) -> Exc {
    new_exc_msg(types().index_error, msg)
}

pub fn name_error(name: &str) -> Exc {
    new_exc_msg(types().name_error, format!("name '{name}' is not defined"))
}

pub fn zero_division(msg: impl Into<String>) -> Exc {
    new_exc_msg(types().zero_division_error, msg)
}

/// `MemoryError()` with no arguments, as CPython raises when an allocation fails. Raised
/// instead of asking the allocator for a size it would abort the process on.
pub fn memory_error() -> Exc {
    new_exception(types().memory_error, vec![])
}

/// The largest single result (str, bytes, sequence storage) a script may ask for, in
/// bytes: beyond it the allocator would abort the process rather than fail.
pub const MAX_ALLOC: usize = 1 << 31;

/// `MemoryError()` when a result of `bytes` bytes would exceed `MAX_ALLOC`.
pub fn check_alloc(bytes: usize) -> Result<(), Exc> {
    if bytes > MAX_ALLOC {
        return Err(memory_error());
    }
    Ok(())
}

pub fn overflow_error(msg: impl Into<String>) -> Exc {
    new_exc_msg(types().overflow_error, msg)
}

pub fn runtime_error(msg: impl Into<String>) -> Exc {
    new_exc_msg(types().runtime_error, msg)
}

pub fn key_error(key: Value) -> Exc {
    new_exception(types().key_error, vec![key])
}

pub fn stop_iteration(value: Value) -> Exc {
    if value.is_none() {
        new_exception(types().stop_iteration, vec![])
    } else {
        new_exception(types().stop_iteration, vec![value])
    }
}

pub fn is_instance_of(e: &ObjBox, t: TypeRef) -> bool {
    crate::types::is_subtype(e.cls(), t)
}

pub fn set_context(e: &ObjBox, ctx: Value) {
    if let Some(x) = exc_data(e) {
        x.state.lock().context = Some(ctx);
    }
}

pub fn context_of(e: &ObjBox) -> Option<Value> {
    exc_data(e)?.state.lock().context.clone()
}

pub fn push_tb(e: &ObjBox, entry: TbEntry) {
    if let Some(x) = exc_data(e) {
        x.state.lock().traceback.push(entry);
    }
}
