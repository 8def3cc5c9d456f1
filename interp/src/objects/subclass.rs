//! Subclasses of built-in types (`class L(list)`, `class D(dict)`, `class E(int)`) and
//! classes with a user metaclass: which Python override a native fast path must honour,
//! where such an instance keeps its attributes, and the built-in dunder methods
//! (`list.__getitem__`, `dict.__init__`, ...) that `super()` calls land on.
//!
//! An instance keeps its built-in payload (`ObjData::List`, ...) with `cls` pointing at
//! the subclass, so every native routine treats it as its base; its attributes live in
//! `ObjBox::ext_attrs`. Operations dispatch on the exact class first: `override_call`
//! runs the subclass's Python method when there is one, else the native code runs.

use parking_lot::Mutex;

use crate::argparse::{arg, nargs};
use crate::exc::type_error;
use crate::func::{KwArgs, PyResult};
use crate::instance::Instance;
use crate::object::ObjData;
use crate::type_methods::reg;
use crate::types::{tobj, type_name, types, TypeRef};
use crate::value::Value;
use crate::vm::Vm;

/// Whether `v` is a heap object of a Python-defined class whose payload is a built-in
/// layout (a built-in subclass instance, or a class whose metaclass is Python-defined).
#[inline]
pub fn is_heap_builtin(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            !tobj(o.cls()).builtin
                && !matches!(o.data, ObjData::Instance(_) | ObjData::Exception(_))
        }
        _ => false,
    }
}

/// The Python-level method `name` of `v`'s class when `v` is a built-in-payload object
/// of a Python-defined class; `None` when the native behaviour applies.
#[inline]
pub fn py_override(v: &Value, name: &str) -> Option<Value> {
    if !is_heap_builtin(v) {
        return None;
    }
    override_in(v.class(), name)
}

/// `name` as defined by a Python class along `t`'s MRO; `None` when the first definition
/// is a built-in type's own (even a built-in function stored in a Python class counts,
/// as `IntEnum.__str__ = int.__repr__` does).
pub fn override_in(t: TypeRef, name: &str) -> Option<Value> {
    let f = tobj(t).lookup(name)?;
    if !matches!(f.data(), Some(ObjData::Builtin(_))) {
        return Some(f);
    }
    for m in &tobj(t).mro {
        if tobj(m).dict.get(name).is_some() {
            return if tobj(m).builtin { None } else { Some(f) };
        }
    }
    None
}

/// Where an object's own attributes live: its `Instance` payload, or for a built-in
/// payload of a Python-defined class (`class L(list)`) the side `Instance` in
/// `ObjBox::ext`, created when `create` is set. Exceptions keep their own map.
pub fn instance_of(v: &Value, create: bool) -> Option<&Instance> {
    let o = v.obj()?;
    match &o.data {
        ObjData::Instance(i) => Some(i),
        ObjData::Exception(_) | ObjData::Type(_) => None,
        _ if create && !tobj(o.cls()).builtin => Some(o.ext_attrs()),
        _ => o.ext(),
    }
}

/// The built-in type whose payload instances of `t` carry (`list` for `class L(list)`);
/// `None` for plain classes.
pub fn builtin_base(t: TypeRef) -> Option<TypeRef> {
    let ty = types();
    tobj(t)
        .mro
        .iter()
        .copied()
        .find(|m| tobj(m).builtin && !std::ptr::eq(*m, ty.object))
}

/// Whether `t` is a class whose instances are built-in payloads (a subclass of a
/// built-in other than object).
pub fn is_builtin_subclass(t: TypeRef) -> bool {
    !tobj(t).builtin
        && builtin_base(t).is_some_and(|b| tobj(b).layout == crate::types::Layout::Native)
}

/// Exactly `list`, `dict` or `set`: their `__new__` fills the object, so `__init__`
/// (registered for subclasses' `super().__init__`) must not run again.
pub fn new_fills(t: TypeRef) -> bool {
    let ty = types();
    std::ptr::eq(t, ty.list) || std::ptr::eq(t, ty.dict) || std::ptr::eq(t, ty.set)
}

/// The class a `__new__` was asked to build, when it is a strict subclass of `base`.
pub fn subclass_arg(args: &[Value], base: TypeRef) -> Option<TypeRef> {
    let t = args.first()?.obj()?.as_static()?;
    t.type_obj()?;
    if std::ptr::eq(t, base) || !crate::types::is_subtype(t, base) {
        return None;
    }
    Some(t)
}

/// What a built-in `__new__` returns for `args[0]`: `r` itself for the base type, a
/// copy labelled with the subclass otherwise.
pub fn relabel(args: &[Value], base: TypeRef, r: Value) -> Value {
    match subclass_arg(args, base) {
        Some(sub) => with_class(r, sub),
        None => r,
    }
}

/// Re-labels a freshly built payload with its subclass (`list.__new__(L)`).
pub fn with_class(v: Value, cls: TypeRef) -> Value {
    let Value::Obj(o) = v else {
        return match crate::int::as_bigint(&v) {
            Some(b) => crate::object::alloc(cls, ObjData::BigInt(b)),
            None => v,
        };
    };
    let data = match &o.data {
        ObjData::List(l) => ObjData::List(crate::list_lock::ListMutex::new(l.lock().clone())),
        ObjData::Dict(d) => ObjData::Dict(Mutex::new(d.lock().clone())),
        ObjData::Set(d) => ObjData::Set(Mutex::new(d.lock().clone())),
        ObjData::Tuple(t) => ObjData::Tuple(t.clone()),
        ObjData::Str(s) => ObjData::Str(crate::pystr::PyStr::new(s.as_str())),
        ObjData::Bytes(b) => ObjData::Bytes(b.clone()),
        ObjData::BigInt(b) => ObjData::BigInt(b.clone()),
        _ => return Value::Obj(o),
    };
    crate::object::alloc(cls, data)
}

impl Vm {
    /// Calls `v`'s Python override of `name`, if it has one (see `py_override`).
    #[inline]
    pub fn override_call(
        &mut self,
        v: &Value,
        name: &str,
        args: impl FnOnce() -> Vec<Value>,
    ) -> PyResult<Option<Value>> {
        if !is_heap_builtin(v) {
            return Ok(None);
        }
        self.override_call_slow(v, name, args())
    }

    fn override_call_slow(
        &mut self,
        v: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> PyResult<Option<Value>> {
        let Some(f) = override_in(v.class(), name) else {
            return Ok(None);
        };
        if f.is_none() {
            return Err(type_error(format!(
                "'{}' object is not {}",
                type_name(v.class()),
                match name {
                    "__iter__" => "iterable",
                    "__call__" => "callable",
                    _ => "supported",
                }
            )));
        }
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(v.clone());
        full.extend(args);
        match f.data() {
            Some(ObjData::Function(_)) => self.call(&f, full).map(Some),
            _ => {
                let b = self.descr_get(&f, v, v.class())?;
                full.remove(0);
                self.call(&b, full).map(Some)
            }
        }
    }
}

/// The built-in dunders `super().__x__(...)` and `Base.__x__(self, ...)` reach; they run
/// the native operation on the payload, never a Python override.
pub fn register() {
    let t = types();
    for ty in [t.list, t.dict, t.tuple, t.str, t.set, t.frozenset, t.bytes] {
        reg(ty, "__len__", native_len);
        reg(ty, "__iter__", native_iter);
        reg(ty, "__contains__", native_contains);
        reg(ty, "__repr__", native_repr);
    }
    for ty in [t.list, t.dict, t.tuple, t.str, t.bytes] {
        reg(ty, "__getitem__", native_getitem);
    }
    for ty in [t.list, t.dict] {
        reg(ty, "__setitem__", native_setitem);
        reg(ty, "__delitem__", native_delitem);
    }
    for ty in [t.int, t.str, t.tuple, t.bytes, t.frozenset, t.float] {
        reg(ty, "__hash__", native_hash);
    }
    reg(t.int, "__repr__", native_repr);
    reg(t.str, "__str__", str_str);
    reg(t.float, "__repr__", native_repr);
    // CPython's mutable containers say so in their dict (collections.abc.Hashable).
    for ty in [t.list, t.dict, t.set] {
        tobj(ty).dict.set("__hash__", Value::None);
    }
    for ty in [t.iterator, t.range_iterator] {
        reg(ty, "__iter__", iter_self);
        reg(ty, "__next__", iter_next_method);
    }
    reg(t.list, "__init__", list_init);
    reg(t.dict, "__init__", dict_init);
    reg(t.set, "__init__", set_init);
    reg(t.type_, "__call__", type_call_method);
    reg(t.type_, "__init__", type_init);
}

/// CPython's error for a built-in method called on the wrong kind of object.
fn descr_error(method: &str, owner: &str, got: &Value) -> crate::func::Exc {
    type_error(format!(
        "descriptor '{method}' requires a '{owner}' object but received a '{}'",
        type_name(got.class())
    ))
}

fn native_len(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__len__", args, 1, 1)?;
    Ok(Value::Int(crate::seq::seq_len(&args[0]).unwrap_or(0) as i64))
}

fn native_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__iter__", args, 1, 1)?;
    vm.get_iter_native(&args[0])
}

fn native_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__contains__", args, 2, 2)?;
    Ok(Value::Bool(vm.contains_native(&args[0], &args[1])?))
}

fn native_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__repr__", args, 1, 1)?;
    Ok(crate::pystr::new_string(vm.repr_native(&args[0])?))
}

fn iter_self(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__iter__", args, 1, 1)?;
    Ok(args[0].clone())
}

fn iter_next_method(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__next__", args, 1, 1)?;
    match vm.iter_next_own(&args[0])? {
        Some(v) => Ok(v),
        None => Err(crate::exc::new_exception(types().stop_iteration, vec![])),
    }
}

fn str_str(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__str__", args, 1, 1)?;
    match args[0].as_str() {
        Some(s) => Ok(crate::pystr::new_str(s)),
        None => Err(type_error("descriptor '__str__' requires a 'str' object")),
    }
}

fn native_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__hash__", args, 1, 1)?;
    Ok(Value::Int(vm.hash_native(&args[0])?))
}

fn native_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__getitem__", args, 2, 2)?;
    vm.get_item_native(&args[0], &args[1])
}

fn native_setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__setitem__", args, 3, 3)?;
    vm.set_item_native(&args[0], args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn native_delitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__delitem__", args, 2, 2)?;
    vm.del_item_native(&args[0], &args[1])?;
    Ok(Value::None)
}

fn list_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    crate::argparse::no_kw("list", kw)?;
    nargs("list", &args[1.min(args.len())..], 0, 1)?;
    let items = match args.get(1) {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    match args.first().and_then(|v| v.data()) {
        Some(ObjData::List(l)) => {
            let old = std::mem::replace(&mut *l.lock(), items);
            drop(old);
            Ok(Value::None)
        }
        _ => Err(descr_error("__init__", "list", &arg(args, 0))),
    }
}

fn dict_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let d = arg(args, 0);
    if !matches!(d.data(), Some(ObjData::Dict(_))) {
        return Err(descr_error("__init__", "dict", &d));
    }
    if args.len() > 2 {
        return Err(type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    if let Some(m) = args.get(1) {
        vm.dict_update(&d, m)?;
    }
    for (k, v) in kw {
        vm.dict_set(&d, Value::Obj(k.clone()), v.clone())?;
    }
    Ok(Value::None)
}

fn set_init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let s = arg(args, 0);
    if !matches!(s.data(), Some(ObjData::Set(_))) {
        return Err(descr_error("__init__", "set", &s));
    }
    if let Some(it) = args.get(1) {
        vm.set_update(&s, it)?;
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kw)`: what `cls(...)` does without a metaclass
/// `__call__` (a metaclass's `super().__call__(...)` lands here).
fn type_call_method(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let Some(t) = args
        .first()
        .and_then(|c| c.obj())
        .and_then(|o| o.as_static())
        .filter(|o| o.type_obj().is_some())
    else {
        return Err(descr_error("__call__", "type", &arg(args, 0)));
    };
    let f = Value::type_value(t);
    let _ = f;
    // Called as `type.__call__(C, ...)` from a metaclass: skips the metaclass hook.
    let outcome = vm.type_call(t, args[1..].to_vec(), kw)?;
    vm.finish_outcome(outcome)
}

fn type_init(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::None)
}
