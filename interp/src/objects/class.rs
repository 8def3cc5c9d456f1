//! Class creation (`__build_class__`, `type(name, bases, dict)`, `__init_subclass__`,
//! `__set_name__`, the `__class__` cell) and `super()`.

use crate::attr::{HAS_DELATTR, HAS_GETATTRIBUTE, HAS_SETATTR};
use crate::call::name_str;
use crate::exc::type_error;
use crate::func::{KwArgs, PyResult};
use crate::object::{alloc, ObjData};
use crate::types::{lookup, make_type, new_type_obj, tobj, types, Layout, TypeRef};
use crate::value::Value;
use crate::vm::Vm;

/// `__build_class__(func, name, *bases, **kw)`.
pub fn build_class(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let (Some(body), Some(name)) = (args.first(), args.get(1)) else {
        return Err(type_error("__build_class__: not enough arguments"));
    };
    let name = name.as_str().unwrap_or("?").to_string();
    let bases = args[2..].to_vec();
    let explicit = kw
        .iter()
        .find(|(k, _)| name_str(k) == "metaclass")
        .map(|(_, v)| v.clone());
    let meta_kw: Vec<_> = kw
        .iter()
        .filter(|(k, _)| name_str(k) != "metaclass")
        .cloned()
        .collect();
    let meta = calculate_meta(explicit, &bases)?;
    let plain = meta.is(&Value::type_value(types().type_));
    let ns = match (plain, lookup_on_meta(&meta, "__prepare__")) {
        (false, Some(_)) => {
            let prep = vm.get_attr(&meta, "__prepare__")?;
            let bt = crate::tuple::new_tuple(bases.clone());
            vm.call_kw(&prep, vec![crate::pystr::new_str(&name), bt], &meta_kw)?
        }
        _ => crate::dict_ops::new_dict(),
    };
    let Some(ObjData::Function(func)) = body.data() else {
        return Err(type_error("__build_class__: func must be a function"));
    };
    let mut frame = vm.bind_frame(func, vec![], &[])?;
    frame.ns = Some(ns.clone());
    vm.run_frame(frame)?;
    if plain {
        return new_class(vm, &name, &bases, &ns, &meta_kw);
    }
    let bt = crate::tuple::new_tuple(bases);
    vm.call_kw(&meta, vec![crate::pystr::new_str(&name), bt, ns], &meta_kw)
}

fn lookup_on_meta(meta: &Value, name: &str) -> Option<Value> {
    let t = meta.obj()?.as_static()?;
    t.type_obj()?;
    lookup(t, name)
}

/// The metaclass of a class statement: the explicit one, or the most derived class of
/// the bases (CPython's `_PyType_CalculateMetaclass`, with its conflict error).
fn calculate_meta(explicit: Option<Value>, bases: &[Value]) -> PyResult {
    let as_type = |v: &Value| {
        v.obj()
            .and_then(|o| o.as_static())
            .filter(|o| o.type_obj().is_some())
    };
    let mut winner = match &explicit {
        Some(m) => match as_type(m) {
            Some(t) => t,
            // A plain callable as metaclass is called as-is.
            None => return Ok(m.clone()),
        },
        None => types().type_,
    };
    for b in bases {
        let bt = b.class();
        if crate::types::is_subtype(winner, bt) {
            continue;
        }
        if crate::types::is_subtype(bt, winner) {
            winner = bt;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(Value::type_value(winner))
}

/// Creates a class from its namespace dict.
pub fn new_class(vm: &mut Vm, name: &str, bases: &[Value], ns: &Value, kw: KwArgs) -> PyResult {
    new_class_of(vm, types().type_, name, bases, ns, kw)
}

/// The built-in types a class statement may derive from: their payload keeps its
/// native layout with the subclass as its class (see `subclass.rs`).
fn subclassable(t: TypeRef) -> bool {
    let ty = types();
    [
        ty.list,
        ty.dict,
        ty.tuple,
        ty.str,
        ty.int,
        ty.set,
        ty.frozenset,
        ty.bytes,
        ty.type_,
    ]
    .iter()
    .any(|b| std::ptr::eq(*b, t))
        || {
            use crate::iter::{iter_type, kind};
            [
                kind::MAP,
                kind::FILTER,
                kind::ZIP,
                kind::ENUMERATE,
                kind::REVERSED,
            ]
            .iter()
            .any(|k| std::ptr::eq(iter_type(*k), t))
        }
}

/// Creates a class whose metaclass is `meta` (`type.__new__(meta, name, bases, ns)`).
pub fn new_class_of(
    vm: &mut Vm,
    meta: TypeRef,
    name: &str,
    bases: &[Value],
    ns: &Value,
    kw: KwArgs,
) -> PyResult {
    let mut base_types: Vec<TypeRef> = Vec::new();
    for b in bases {
        match b
            .obj()
            .and_then(|o| o.as_static())
            .filter(|o| o.type_obj().is_some())
        {
            Some(t) => base_types.push(t),
            None => return Err(type_error("bases must be types")),
        }
    }
    if base_types.is_empty() {
        base_types.push(types().object);
    }
    let layout = if base_types
        .iter()
        .any(|b| tobj(b).layout == Layout::Exception)
    {
        Layout::Exception
    } else {
        let mut payload: Option<TypeRef> = None;
        for b in &base_types {
            let Some(bb) = crate::subclass::builtin_base(b) else {
                continue;
            };
            if tobj(bb).layout != Layout::Native {
                continue;
            }
            if !subclassable(bb) {
                let n = &tobj(bb).name;
                // CPython's final types; the others CPython allows and Skein does not yet.
                let final_type = !matches!(
                    n.as_str(),
                    "float"
                        | "bytearray"
                        | "complex"
                        | "property"
                        | "classmethod"
                        | "staticmethod"
                        | "super"
                        | "deque"
                );
                return Err(type_error(if final_type {
                    format!("type '{n}' is not an acceptable base type")
                } else {
                    format!("subclassing '{n}' is not supported yet")
                }));
            }
            match payload {
                Some(p) if crate::types::is_subtype(p, bb) => {}
                Some(p) if crate::types::is_subtype(bb, p) => payload = Some(bb),
                Some(_) => return Err(type_error("multiple bases have instance lay-out conflict")),
                None => payload = Some(bb),
            }
        }
        if payload.is_some() {
            Layout::Native
        } else {
            Layout::Object
        }
    };
    let mut to = new_type_obj(name, base_types.clone(), layout, false);
    let items = match ns.data() {
        Some(ObjData::Dict(d)) => d.lock().items(),
        _ => Vec::new(),
    };
    if let Some(q) = items
        .iter()
        .find(|(k, _)| k.as_str() == Some("__qualname__"))
    {
        to.qualname = q.1.as_str().unwrap_or(name).to_string();
    }
    if let Some((_, sl)) = items.iter().find(|(k, _)| k.as_str() == Some("__slots__")) {
        to.slots = slot_names(vm, sl, &base_types)?;
    }
    let t = make_type(meta, to).map_err(type_error)?;
    let tt = tobj(t);
    let mut classcell = None;
    let mut has_eq = false;
    let mut has_hash = false;
    for (k, v) in &items {
        let Some(key) = k.as_str() else { continue };
        match key {
            "__classcell__" => {
                classcell = Some(v.clone());
                continue;
            }
            "__qualname__" => continue,
            "__eq__" => has_eq = true,
            "__hash__" => has_hash = true,
            _ => {}
        }
        v.immortalize();
        tt.dict.set(key, wrap_implicit(key, v.clone()));
    }
    if has_eq && !has_hash {
        tt.dict.set("__hash__", Value::None);
    }
    let mut special = 0;
    for (n, bit) in [
        ("__getattribute__", HAS_GETATTRIBUTE),
        ("__setattr__", HAS_SETATTR),
        ("__delattr__", HAS_DELATTR),
    ] {
        if let Some(f) = lookup(t, n) {
            if !matches!(f.data(), Some(ObjData::Builtin(_))) {
                special |= bit;
            }
        }
    }
    tt.special
        .store(special, std::sync::atomic::Ordering::Relaxed);
    tt.dict.track_epoch();
    let tv = Value::type_value(t);
    if let Some(ObjData::Cell(c)) = classcell.as_ref().and_then(|c| c.data()) {
        *c.lock() = tv.clone();
    }
    for (k, v) in &items {
        if let Some(sn) = lookup(v.class(), "__set_name__") {
            if matches!(v.data(), Some(ObjData::Instance(_))) {
                vm.call(&sn, vec![v.clone(), tv.clone(), k.clone()])?;
            }
        }
    }
    if let Some(parent) = tt.mro.get(1) {
        if let Some(init_sub) = lookup(parent, "__init_subclass__") {
            let f = match init_sub.data() {
                Some(ObjData::ClassMethod(f)) => Some(f.clone()),
                Some(ObjData::Function(_)) => Some(init_sub.clone()),
                _ => None,
            };
            if let Some(f) = f {
                vm.call_kw(&f, vec![tv.clone()], kw)?;
            } else if !kw.is_empty() {
                return Err(type_error(format!(
                    "{name}.__init_subclass__() takes no keyword arguments"
                )));
            }
        }
    }
    Ok(tv)
}

/// The names instances of a class with `__slots__` may set: its own slots and its
/// bases'; `None` (any name) when a base has a `__dict__` or `'__dict__'` is a slot.
fn slot_names(vm: &mut Vm, slots: &Value, bases: &[TypeRef]) -> PyResult<Option<Vec<String>>> {
    let mut names: Vec<String> = match slots.as_str() {
        Some(s) => vec![s.to_string()],
        None => vm
            .collect(slots)?
            .iter()
            .map(|v| v.as_str().unwrap_or("").to_string())
            .collect(),
    };
    if names.iter().any(|n| n == "__dict__") {
        return Ok(None);
    }
    for b in bases {
        let bt = tobj(b);
        if bt.builtin {
            if bt.layout == Layout::Exception {
                return Ok(None);
            }
            continue;
        }
        match &bt.slots {
            Some(more) => names.extend(more.iter().cloned()),
            None => return Ok(None),
        }
    }
    Ok(Some(names))
}

/// `__init_subclass__` and `__class_getitem__` are implicit classmethods, `__new__` an
/// implicit staticmethod.
fn wrap_implicit(key: &str, v: Value) -> Value {
    if !matches!(v.data(), Some(ObjData::Function(_))) {
        return v;
    }
    match key {
        "__init_subclass__" | "__class_getitem__" => {
            let w = alloc(types().classmethod, ObjData::ClassMethod(v));
            w.immortalize();
            w
        }
        "__new__" => {
            let w = alloc(types().staticmethod, ObjData::StaticMethod(v));
            w.immortalize();
            w
        }
        _ => v,
    }
}

/// `super()` / `super(type, obj)`.
pub fn super_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let args = &args[1.min(args.len())..];
    let (t, obj) = match args.len() {
        1 | 2 => (args[0].clone(), args.get(1).cloned().unwrap_or(Value::None)),
        _ => vm.implicit_super_args()?,
    };
    let Some(tr) = t
        .obj()
        .and_then(|o| o.as_static())
        .filter(|o| o.type_obj().is_some())
    else {
        return Err(type_error(format!(
            "super() argument 1 must be a type, not {}",
            tobj(t.class()).name
        )));
    };
    let ok = match obj
        .obj()
        .and_then(|o| o.as_static())
        .filter(|o| o.type_obj().is_some())
    {
        Some(ot) => crate::types::is_subtype(ot, tr) || crate::types::is_subtype(obj.class(), tr),
        None => crate::types::is_subtype(obj.class(), tr),
    };
    if !ok && !obj.is_none() {
        return Err(type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    }
    Ok(alloc(types().super_, ObjData::Super(tr, obj)))
}

impl Vm {
    fn implicit_super_args(&mut self) -> PyResult<(Value, Value)> {
        Err(crate::exc::runtime_error("super(): no arguments"))
    }

    /// Zero-argument `super()`: the `__class__` cell and first argument of the caller.
    pub fn super_args_from(&mut self, f: &crate::frame::Frame) -> PyResult<(Value, Value)> {
        let err = || crate::exc::runtime_error("super(): no arguments");
        let code = f.code;
        let ci = code
            .freevars
            .iter()
            .position(|n| n == "__class__")
            .ok_or_else(|| crate::exc::runtime_error("super(): __class__ cell not found"))?;
        let idx = code.nlocals() + code.cellvars.len() + ci;
        let cls = match f.regs.get(idx).and_then(|c| c.data()) {
            Some(ObjData::Cell(c)) => c.lock().clone(),
            _ => Value::Unbound,
        };
        if matches!(cls, Value::Unbound) {
            return Err(crate::exc::runtime_error("super(): empty __class__ cell"));
        }
        if code.argcount == 0 {
            return Err(err());
        }
        let mut first = f.regs.first().cloned().unwrap_or(Value::Unbound);
        if let Some(pos) = code.cellvars.iter().position(|c| *c == code.varnames[0]) {
            if let Some(ObjData::Cell(c)) = f.regs.get(code.nlocals() + pos).and_then(|c| c.data())
            {
                first = c.lock().clone();
            }
        }
        if matches!(first, Value::Unbound) {
            return Err(crate::exc::runtime_error("super(): arg[0] deleted"));
        }
        Ok((cls, first))
    }

    /// Attribute lookup through a super object.
    pub fn super_getattr(&mut self, sup: &Value, name: &str) -> PyResult<Option<Value>> {
        let Some(ObjData::Super(t, obj)) = sup.data() else {
            return Ok(None);
        };
        let start_mro: &[TypeRef] = match obj
            .obj()
            .and_then(|o| o.as_static())
            .filter(|o| o.type_obj().is_some())
        {
            Some(ot) if crate::types::is_subtype(ot, t) => &tobj(ot).mro,
            _ => &tobj(obj.class()).mro,
        };
        let pos = start_mro
            .iter()
            .position(|m| std::ptr::eq(*m, *t))
            .map_or(start_mro.len(), |p| p + 1);
        for m in &start_mro[pos..] {
            if let Some(v) = tobj(m).dict.get(name) {
                let is_type_obj = obj
                    .obj()
                    .and_then(|o| o.as_static())
                    .is_some_and(|o| o.type_obj().is_some())
                    && !crate::types::is_subtype(obj.class(), t);
                return Ok(Some(match v.data() {
                    Some(ObjData::ClassMethod(f)) => {
                        let cls = if is_type_obj {
                            obj.clone()
                        } else {
                            Value::type_value(obj.class())
                        };
                        alloc(types().method, ObjData::Method(f.clone(), cls))
                    }
                    Some(ObjData::StaticMethod(f)) => f.clone(),
                    Some(ObjData::Function(_)) if is_type_obj || obj.is_none() => v,
                    _ => self.descr_get(&v, obj, obj.class())?,
                }));
            }
        }
        Ok(None)
    }
}
