//! Callable payloads: Python functions (code + globals + defaults + closure) and native builtins.

use parking_lot::Mutex;

use crate::code::Code;
use crate::dict::DictMap;
use crate::object::{ObjBox, ObjData};
use crate::objref::ObjRef;
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;

/// An exception in flight: the exception instance.
pub type Exc = ObjRef;
pub type PyResult<T = Value> = Result<T, Exc>;

/// Keyword arguments as passed to native code: interned name and value.
pub type KwArgs<'a> = &'a [(ObjRef, Value)];

/// A native function: positional args (self first for methods) and keyword args.
pub type NativeFn = fn(&mut Vm, &[Value], KwArgs) -> PyResult;

pub struct Builtin {
    pub name: &'static str,
    pub f: NativeFn,
    /// For a bound builtin method (`[].append`): the receiver, passed as args[0].
    pub bound: Option<Value>,
    /// The owning type's name, for `<method 'x' of 'list' objects>` and error messages.
    pub owner: Option<&'static str>,
    /// For a function of a native module (`math.factorial`): the module's name, its
    /// `__module__` (pickling by reference finds it there).
    pub module: Option<&'static str>,
}

pub struct Function {
    pub code: &'static Code,
    /// The module whose namespace is this function's globals (modules are immortal).
    pub module: &'static ObjBox,
    pub defaults: Box<[Value]>,
    pub kwdefaults: Box<[(ObjRef, Value)]>,
    /// Cells for the code's free variables.
    pub closure: Box<[Value]>,
    /// Attributes set on the function, and overrides of `__name__`, `__qualname__`, `__doc__`.
    pub attrs: Mutex<DictMap>,
}

impl Function {
    pub fn name(&self) -> String {
        self.attr_str("__name__")
            .unwrap_or_else(|| self.code.name.clone())
    }

    pub fn qualname(&self) -> String {
        self.attr_str("__qualname__")
            .unwrap_or_else(|| self.code.qualname.clone())
    }

    fn attr_str(&self, name: &str) -> Option<String> {
        let a = self.attrs.lock();
        if a.is_empty() {
            return None;
        }
        let h = crate::pystr::str_hash(name);
        a.get_str(h, name)?.as_str().map(str::to_string)
    }
}

pub fn new_builtin(name: &'static str, f: NativeFn) -> Value {
    Value::Obj(ObjRef::immortal(
        types().builtin_function,
        ObjData::Builtin(Box::new(Builtin {
            name,
            f,
            bound: None,
            owner: None,
            module: None,
        })),
    ))
}

/// A function of a native module: `__module__` is `module`.
pub fn new_module_builtin(module: &'static str, name: &'static str, f: NativeFn) -> Value {
    Value::Obj(ObjRef::immortal(
        types().builtin_function,
        ObjData::Builtin(Box::new(Builtin {
            name,
            f,
            bound: None,
            owner: None,
            module: Some(module),
        })),
    ))
}

pub fn new_method_descr(owner: &'static str, name: &'static str, f: NativeFn) -> Value {
    Value::Obj(ObjRef::immortal(
        types().builtin_function,
        ObjData::Builtin(Box::new(Builtin {
            name,
            f,
            bound: None,
            owner: Some(owner),
            module: None,
        })),
    ))
}

pub fn bind_builtin(b: &Builtin, recv: Value) -> Value {
    crate::object::alloc(
        types().builtin_function,
        ObjData::Builtin(Box::new(Builtin {
            name: b.name,
            f: b.f,
            bound: Some(recv),
            owner: b.owner,
            module: b.module,
        })),
    )
}
