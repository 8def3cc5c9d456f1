//! The `builtins` module: core functions (print, len, isinstance, iter, next, ...) and
//! registration of every built-in type's methods. The full library is a later issue;
//! this is what core programs need.

use std::sync::Once;

use crate::argparse::*;
use crate::exc::{type_error, value_error};
use crate::func::{new_builtin, KwArgs, PyResult};
use crate::int::{from_bigint, is_int_like};
use crate::iter::IterState;
use crate::iterops::new_iter;
use crate::module::module_ns;
use crate::object::{alloc, ObjBox, ObjData};
use crate::pystr::{new_str, new_string};
use crate::types::{is_subtype, tobj, type_name, types, TypeRef};
use crate::value::Value;
use crate::vm::Vm;

/// Fills the built-in types' method tables (once per process).
pub fn init_types() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        crate::type_methods::register_all();
        types().for_each(|t| tobj(t).dict.track_epoch());
    });
}

pub fn fill_builtins(m: &'static ObjBox) {
    let ns = module_ns(m);
    let t = types();
    let fns: &[(&'static str, crate::func::NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("repr", repr),
        ("iter", iter),
        ("next", next),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("any", any),
        ("all", all),
        ("hash", hash),
        ("id", id),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("callable", callable),
        ("chr", chr),
        ("ord", ord),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("format", format),
        ("vars", vars),
        ("dir", dir),
        ("globals", globals),
        ("ascii", ascii),
        ("__build_class__", crate::class::build_class),
        ("__import__", crate::import::builtin_import),
        ("exit", crate::sysmod::sys_exit),
        ("quit", crate::sysmod::sys_exit),
        ("input", crate::stdio::input),
    ];
    for (name, f) in fns {
        ns.set(name, new_builtin(name, *f));
    }
    crate::eval_exec::register(ns);
    install_iterator_types(ns);
    let type_names: &[(&str, TypeRef)] = &[
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("str", t.str),
        ("bytes", t.bytes),
        ("tuple", t.tuple),
        ("list", t.list),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("property", t.property),
        ("classmethod", t.classmethod),
        ("staticmethod", t.staticmethod),
        ("super", t.super_),
    ];
    for (name, ty) in type_names {
        ns.set(name, Value::type_value(ty));
    }
    for e in t.exception_types() {
        ns.set(&tobj(e).name, Value::type_value(e));
    }
    ns.set("complex", Value::type_value(crate::complex::complex_type()));
    ns.set(
        "memoryview",
        Value::type_value(crate::memoryview::memoryview_type()),
    );
    ns.set(
        "bytearray",
        Value::type_value(crate::bytearray::bytearray_type()),
    );
    ns.set("EnvironmentError", Value::type_value(t.os_error));
    ns.set("IOError", Value::type_value(t.os_error));
    ns.set("None", Value::None);
    ns.set("True", Value::Bool(true));
    ns.set("False", Value::Bool(false));
    ns.set("NotImplemented", crate::singletons::not_implemented());
    ns.set("Ellipsis", crate::singletons::ellipsis());
    ns.set("__name__", new_str("builtins"));
    ns.set("__debug__", Value::Bool(true));
}

/// CPython's message for a keyword a builtin does not take: `'k' is an invalid keyword
/// argument for f()`.
fn check_kw_invalid(fname: &str, kw: KwArgs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        let n = crate::call::name_str(k);
        if !allowed.contains(&n) {
            return Err(type_error(format!(
                "'{n}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(())
}

fn print(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw_invalid("print", kw, &["sep", "end", "file", "flush"])?;
    let sep = match kwarg(kw, "sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(v) => v.as_str().map(str::to_string).ok_or_else(|| {
            type_error(format!(
                "sep must be None or a string, not {}",
                type_name(v.class())
            ))
        })?,
    };
    let end = match kwarg(kw, "end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(v) => v.as_str().map(str::to_string).ok_or_else(|| {
            type_error(format!(
                "end must be None or a string, not {}",
                type_name(v.class())
            ))
        })?,
    };
    let mut parts = Vec::with_capacity(args.len());
    for a in args {
        parts.push(vm.str_of(a)?);
    }
    let flush = match kwarg(kw, "flush") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    crate::stdio::print(vm, kwarg(kw, "file"), &parts, &sep, &end, flush)?;
    Ok(Value::None)
}

pub fn len(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("len", kw)?;
    nargs("len", args, 1, 1)?;
    let v = &args[0];
    if crate::subclass::py_override(v, "__len__").is_none() {
        if let Some(n) = crate::seq::seq_len(v) {
            return Ok(Value::Int(n as i64));
        }
    }
    match vm.call_special(v, "__len__", vec![])? {
        Some(r) => {
            if matches!(r.data(), Some(ObjData::BigInt(_))) {
                return Err(crate::exc::overflow_error(
                    "cannot fit 'int' into an index-sized integer",
                ));
            }
            let n = vm.index_value(&r)?;
            if n < 0 {
                return Err(value_error("__len__() should return >= 0"));
            }
            Ok(Value::Int(n))
        }
        None => Err(type_error(format!(
            "object of type '{}' has no len()",
            type_name(v.class())
        ))),
    }
}

fn class_arg(v: &Value) -> Option<TypeRef> {
    v.obj()?.as_static().filter(|o| o.type_obj().is_some())
}

fn isinstance(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("isinstance", kw)?;
    nargs("isinstance", args, 2, 2)?;
    Ok(Value::Bool(object_isinstance(vm, &args[0], &args[1])?))
}

/// CPython's `PyObject_IsInstance`: an exact type match is true at once; otherwise a
/// metaclass `__instancecheck__` decides (ABCMeta's virtual subclasses, or a hook that
/// says no to a real subclass), and without one the MRO does. A tuple asks each item.
fn object_isinstance(vm: &mut Vm, v: &Value, t: &Value) -> PyResult<bool> {
    if class_arg(t).is_some_and(|c| std::ptr::eq(v.class(), c)) {
        return Ok(true);
    }
    if let Some(ObjData::Tuple(items)) = t.data() {
        for it in items.iter() {
            if object_isinstance(vm, v, it)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if crate::subclass::py_override(t, "__instancecheck__").is_some() {
        return meta_check(vm, t, "__instancecheck__", v);
    }
    instance_check(v, t, "isinstance")
}

/// Asks the metaclass hook `hook` of each class in `t` (a class or tuple of classes).
fn meta_check(vm: &mut Vm, t: &Value, hook: &str, arg: &Value) -> PyResult<bool> {
    if let Some(ObjData::Tuple(items)) = t.data() {
        for it in items.iter() {
            if meta_check(vm, it, hook, arg)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if crate::subclass::py_override(t, hook).is_none() {
        return Ok(false);
    }
    match vm.override_call(t, hook, || vec![arg.clone()])? {
        Some(r) => vm.truthy(&r),
        None => Ok(false),
    }
}

fn instance_check(v: &Value, t: &Value, fname: &str) -> PyResult<bool> {
    if let Some(ObjData::Tuple(items)) = t.data() {
        for it in items.iter() {
            if instance_check(v, it, fname)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match class_arg(t) {
        Some(tr) => Ok(is_subtype(v.class(), tr)),
        None => Err(type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn issubclass(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("issubclass", kw)?;
    nargs("issubclass", args, 2, 2)?;
    let Some(c) = class_arg(&args[0]) else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    fn check(c: TypeRef, t: &Value) -> PyResult<bool> {
        if let Some(ObjData::Tuple(items)) = t.data() {
            for it in items.iter() {
                if check(c, it)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        match class_arg(t) {
            Some(tr) => Ok(is_subtype(c, tr)),
            None => Err(type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            )),
        }
    }
    if check(c, &args[1])? {
        return Ok(Value::Bool(true));
    }
    Ok(Value::Bool(meta_check(
        vm,
        &args[1],
        "__subclasscheck__",
        &args[0],
    )?))
}

fn repr(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("repr", kw)?;
    nargs("repr", args, 1, 1)?;
    Ok(new_string(vm.repr(&args[0])?))
}

fn ascii(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("ascii", args, 1, 1)?;
    Ok(new_string(crate::value_format::ascii_of(
        &vm.repr(&args[0])?,
    )))
}

fn iter(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("iter", kw)?;
    nargs("iter", args, 1, 2)?;
    if args.len() == 2 {
        if !is_callable(&args[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(new_iter(IterState::Callable {
            f: args[0].clone(),
            sentinel: args[1].clone(),
        }));
    }
    vm.get_iter(&args[0])
}

pub fn next(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("next", kw)?;
    nargs("next", args, 1, 2)?;
    let it = &args[0];
    let is_iter = matches!(
        it.data(),
        Some(ObjData::Iter(_) | ObjData::RangeIter(_) | ObjData::Generator(_))
    ) || crate::types::lookup(it.class(), "__next__").is_some();
    if !is_iter {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(it.class())
        )));
    }
    match vm.next_or_return(it)? {
        Ok(v) => Ok(v),
        Err(ret) => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(crate::exc::stop_iteration(ret)),
        },
    }
}

fn abs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("abs", args, 1, 1)?;
    match &args[0] {
        Value::Int(i) => Ok(i.checked_abs().map(Value::Int).unwrap_or_else(|| {
            from_bigint(num_bigint::BigInt::from(*i).magnitude().clone().into())
        })),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        v => match v.data() {
            Some(ObjData::BigInt(b)) => Ok(from_bigint(num_traits::Signed::abs(b))),
            _ => match vm.call_special(v, "__abs__", vec![])? {
                Some(r) => Ok(r),
                None => Err(type_error(format!(
                    "bad operand type for abs(): '{}'",
                    type_name(v.class())
                ))),
            },
        },
    }
}

fn min(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    min_max(vm, args, kw, "min", crate::bytecode::CmpOp::Lt)
}

fn max(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    min_max(vm, args, kw, "max", crate::bytecode::CmpOp::Gt)
}

fn min_max(
    vm: &mut Vm,
    args: &[Value],
    kw: KwArgs,
    name: &str,
    op: crate::bytecode::CmpOp,
) -> PyResult {
    check_kw_invalid(name, kw, &["key", "default"])?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let default = kwarg(kw, "default");
    let items = match args.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => vm.collect(&args[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![it.clone()])?,
            None => it.clone(),
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                let r = vm.compare(op, &k, &bk)?;
                if vm.truthy(&r)? {
                    Some((k, it))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn sum(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("sum", kw, &["start"])?;
    if args.is_empty() {
        return Err(type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    nargs("sum", args, 1, 2)?;
    let mut acc = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "start"))
        .unwrap_or(Value::Int(0));
    if acc.as_str().is_some() {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if let Some(ObjData::Bytes(_)) = acc.data() {
        return Err(type_error(format!(
            "sum() can't sum {} [use b''.join(seq) instead]",
            type_name(acc.class())
        )));
    }
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            _ => vm.binary_op(crate::bytecode::BinOp::Add, &acc, &x)?,
        };
    }
    Ok(acc)
}

fn sorted(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw_invalid("sort", kw, &["key", "reverse"])?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    }
    let mut items = vm.collect(&args[0])?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    crate::sort::sort_values(vm, &mut items, key, reverse)?;
    Ok(crate::list::new_list(items))
}

fn reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    if args.len() != 1 {
        return Err(type_error(format!(
            "reversed expected 1 argument, got {}",
            args.len()
        )));
    }
    let v = &args[0];
    use crate::iter::kind;
    use crate::iterops::new_iter_of;
    match v.data() {
        Some(ObjData::List(_) | ObjData::Tuple(_)) => {
            let n = crate::seq::seq_len(v).unwrap_or(0) as isize;
            let k = if matches!(v.data(), Some(ObjData::List(_))) {
                kind::LIST_REVERSE
            } else {
                kind::REVERSED
            };
            Ok(new_iter_of(
                k,
                IterState::Rev {
                    seq: v.clone(),
                    idx: n - 1,
                },
            ))
        }
        Some(ObjData::Dict(d)) => {
            let keys: Vec<Value> = d.lock().iter().map(|e| e.key.clone()).collect();
            let n = keys.len() as isize;
            Ok(new_iter_of(
                kind::DICT_REVERSE_KEYS,
                IterState::Rev {
                    seq: crate::list::new_list(keys),
                    idx: n - 1,
                },
            ))
        }
        Some(ObjData::Range(..)) => crate::seq::range_reversed(v),
        Some(ObjData::Str(_)) => {
            let items = vm.collect(v)?;
            let n = items.len() as isize;
            Ok(new_iter_of(
                kind::REVERSED,
                IterState::Rev {
                    seq: crate::list::new_list(items),
                    idx: n - 1,
                },
            ))
        }
        _ => match vm.call_special(v, "__reversed__", vec![])? {
            Some(r) => Ok(r),
            None => {
                if crate::types::lookup(v.class(), "__len__").is_some()
                    && crate::types::lookup(v.class(), "__getitem__").is_some()
                {
                    // The sequence protocol: indexes len-1 down to 0, never past them
                    // (a `__getitem__` need not raise IndexError at the end).
                    let n = match len(vm, std::slice::from_ref(v), &[])? {
                        Value::Int(n) => n,
                        _ => 0,
                    };
                    let mut items = Vec::with_capacity(n as usize);
                    for i in (0..n).rev() {
                        items.push(vm.get_item(v, &Value::Int(i))?);
                    }
                    return Ok(new_iter_of(
                        kind::REVERSED,
                        IterState::Seq {
                            seq: crate::list::new_list(items),
                            idx: 0,
                        },
                    ));
                }
                Err(type_error(format!(
                    "'{}' object is not reversible",
                    type_name(v.class())
                )))
            }
        },
    }
}

/// `map`, `filter`, `zip`, `enumerate` and `reversed` are types, as in CPython, so
/// `isinstance(x, map)` and `class C(enumerate)` work; calling one runs its `__new__`.
fn install_iterator_types(ns: &crate::namespace::Namespace) {
    use crate::iter::{iter_type, kind};
    let ctors: [(usize, crate::func::NativeFn); 5] = [
        (kind::MAP, map_new),
        (kind::FILTER, filter_new),
        (kind::ZIP, zip_new),
        (kind::ENUMERATE, enumerate_new),
        (kind::REVERSED, reversed_new),
    ];
    for (k, new) in ctors {
        let ty = iter_type(k);
        crate::type_methods::reg_static(ty, "__new__", new);
        ns.set(&tobj(ty).name, Value::type_value(ty));
    }
}

/// `cls.__new__(cls, *args)` for an iterator type: `make(args)`, re-homed in `cls` when
/// `cls` is a subclass (the iterator's state moves to an object of that class).
fn iterator_new(vm: &mut Vm, args: &[Value], kw: KwArgs, make: crate::func::NativeFn) -> PyResult {
    let Some(cls) = args
        .first()
        .and_then(|c| c.obj())
        .and_then(|o| o.as_static())
    else {
        return Err(type_error("__new__(X): X is not a type object"));
    };
    let made = make(vm, &args[1..], kw)?;
    if std::ptr::eq(made.class(), cls) || !crate::types::is_subtype(cls, made.class()) {
        return Ok(made);
    }
    match made.data() {
        Some(ObjData::Iter(state)) => {
            let state = std::mem::replace(&mut *state.lock(), crate::iter::IterState::Done);
            Ok(crate::object::alloc(
                cls,
                ObjData::Iter(parking_lot::Mutex::new(state)),
            ))
        }
        _ => Ok(made),
    }
}

fn map_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    iterator_new(vm, args, kw, map)
}

fn filter_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    iterator_new(vm, args, kw, filter)
}

fn zip_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    iterator_new(vm, args, kw, zip)
}

fn enumerate_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    iterator_new(vm, args, kw, enumerate)
}

fn reversed_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    iterator_new(vm, args, kw, reversed)
}

fn enumerate(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("enumerate", kw, &["iterable", "start"])?;
    if args.is_empty() {
        if let Some(it) = kwarg(kw, "iterable") {
            let rest: Vec<(crate::objref::ObjRef, Value)> = kw
                .iter()
                .filter(|(k, _)| crate::call::name_str(k) != "iterable")
                .cloned()
                .collect();
            return enumerate(vm, &[it], &rest);
        }
        // CPython's vectorcall path reports a lone keyword this way.
        if let Some((k, _)) = kw.first() {
            return Err(type_error(format!(
                "'{}' is an invalid keyword argument for enumerate()",
                crate::call::name_str(k)
            )));
        }
        return Err(type_error(
            "enumerate() missing required argument 'iterable'",
        ));
    }
    nargs("enumerate", args, 1, 2)?;
    let it = vm.get_iter(&args[0])?;
    let start = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "start"))
        .unwrap_or(Value::Int(0));
    if !is_int_like(&start) {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(start.class())
        )));
    }
    // The count is an int even when start is a bool.
    let start = match start {
        Value::Bool(b) => Value::Int(b as i64),
        v => v,
    };
    Ok(new_iter(IterState::Enumerate { it, n: start }))
}

fn zip(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("zip", kw, &["strict"])?;
    let strict = match kwarg(kw, "strict") {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let mut its = Vec::new();
    for a in args {
        its.push(vm.get_iter(a)?);
    }
    Ok(new_iter(IterState::Zip { its, strict }))
}

fn map(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    if args.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &args[1..] {
        its.push(vm.get_iter(a)?);
    }
    Ok(new_iter(IterState::Map {
        f: args[0].clone(),
        its,
    }))
}

fn filter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("filter", args, 2, 2)?;
    let it = vm.get_iter(&args[1])?;
    Ok(new_iter(IterState::Filter {
        f: args[0].clone(),
        it,
    }))
}

fn any(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("any", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("all", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("hash", args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args[0])?))
}

fn id(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("id", args, 1, 1)?;
    Ok(Value::Int(args[0].id() as i64 & i64::MAX))
}

fn attr_name(v: &Value) -> PyResult<crate::objref::ObjRef> {
    match v.as_str() {
        Some(s) => Ok(crate::pystr::intern(s)),
        None => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(v.class())
        ))),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("getattr", args, 2, 3)?;
    let n = attr_name(&args[1])?;
    match vm.get_attr_interned(&args[0], &n) {
        Err(e) if args.len() == 3 && crate::exc::is_instance_of(&e, types().attribute_error) => {
            Ok(args[2].clone())
        }
        r => r,
    }
}

fn setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("setattr", args, 3, 3)?;
    let n = attr_name(&args[1])?;
    vm.set_attr(&args[0], &n, args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("hasattr", args, 2, 2)?;
    let n = attr_name(&args[1])?;
    match vm.get_attr_interned(&args[0], &n) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if crate::exc::is_instance_of(&e, types().attribute_error) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("delattr", args, 2, 2)?;
    let n = attr_name(&args[1])?;
    vm.del_attr(&args[0], &n)?;
    Ok(Value::None)
}

pub fn is_callable(v: &Value) -> bool {
    matches!(
        v.data(),
        Some(ObjData::Function(_) | ObjData::Builtin(_) | ObjData::Method(..) | ObjData::Type(_))
    ) || crate::types::lookup(v.class(), "__call__").is_some()
}

fn callable(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("callable", args, 1, 1)?;
    Ok(Value::Bool(is_callable(&args[0])))
}

fn chr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("chr", args, 1, 1)?;
    if matches!(args[0].data(), Some(ObjData::BigInt(_))) {
        return Err(crate::exc::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    let i = vm.index_value(&args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(new_string(c.to_string())),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("ord", args, 1, 1)?;
    match args[0].data() {
        Some(ObjData::Str(s)) => {
            if s.char_len() != 1 {
                return Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(s.char_at(0).map_or(0, |c| c as i64)))
        }
        Some(ObjData::Bytes(b)) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Some(ObjData::Bytes(b)) => Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        ))),
        _ => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(args[0].class())
        ))),
    }
}

fn round(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("round", kw, &["number", "ndigits"])?;
    if args.is_empty() {
        return match kwarg(kw, "number") {
            Some(n) => {
                let rest: Vec<(crate::objref::ObjRef, Value)> = kw
                    .iter()
                    .filter(|(k, _)| crate::call::name_str(k) != "number")
                    .cloned()
                    .collect();
                round(vm, &[n], &rest)
            }
            None => Err(type_error(
                "round() missing required argument 'number' (pos 1)",
            )),
        };
    }
    nargs("round", args, 1, 2)?;
    let nd = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "ndigits"))
        .unwrap_or(Value::None);
    // `ndigits` as CPython's `PyNumber_AsSsize_t(o, NULL)`: huge values clamp.
    let ndigits = |vm: &mut Vm| -> PyResult<i64> {
        match crate::int::as_bigint(&nd) {
            Some(b) => Ok(num_traits::ToPrimitive::to_i64(&b).unwrap_or(
                if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                },
            )),
            None => vm.index_value(&nd),
        }
    };
    match &args[0] {
        Value::Float(f) => {
            if nd.is_none() {
                return Ok(from_bigint(crate::format::float_ops::round_to_int(*f)?));
            }
            let n = ndigits(vm)?;
            Ok(Value::Float(crate::format::float_ops::round_float(*f, n)?))
        }
        v if is_int_like(v) => {
            let b = crate::int::as_bigint(v).unwrap_or_default();
            if nd.is_none() {
                return Ok(from_bigint(b));
            }
            let n = ndigits(vm)?;
            Ok(from_bigint(crate::format::int_ops::round_int(&b, n)))
        }
        v => match vm.call_special(v, "__round__", args[1..].to_vec())? {
            Some(r) => Ok(r),
            None => Err(type_error(format!(
                "type {} doesn't define __round__ method",
                type_name(v.class())
            ))),
        },
    }
}

fn divmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("divmod", args, 2, 2)?;
    if matches!(args[0], Value::Float(_)) || matches!(args[1], Value::Float(_)) {
        let f = |v: &Value| -> Option<PyResult<f64>> {
            match v {
                Value::Float(x) => Some(Ok(*x)),
                _ => crate::int::as_bigint(v)
                    .map(|b| crate::format::intstr::int_to_float(&b).map_err(Into::into)),
            }
        };
        if let (Some(x), Some(y)) = (f(&args[0]), f(&args[1])) {
            let (q, r) = crate::format::float_ops::float_divmod(x?, y?)?;
            return Ok(crate::tuple::new_tuple(vec![
                Value::Float(q),
                Value::Float(r),
            ]));
        }
    }
    if is_int_like(&args[0]) && is_int_like(&args[1]) {
        let q = vm.binary_op(crate::bytecode::BinOp::FloorDiv, &args[0], &args[1])?;
        let r = vm.binary_op(crate::bytecode::BinOp::Mod, &args[0], &args[1])?;
        return Ok(crate::tuple::new_tuple(vec![q, r]));
    }
    // Anything else goes through `__divmod__` / `__rdivmod__`, as CPython's nb_divmod does.
    let (a, b) = (&args[0], &args[1]);
    let (ta, tb) = (a.class(), b.class());
    let rhs_first = !std::ptr::eq(ta, tb) && is_subtype(tb, ta);
    let mut tries = vec![(a, b, "__divmod__"), (b, a, "__rdivmod__")];
    if rhs_first {
        tries.reverse();
    } else if std::ptr::eq(ta, tb) {
        tries.pop();
    }
    for (x, y, name) in tries {
        if let Some(r) = vm.call_special(x, name, vec![y.clone()])? {
            if !crate::singletons::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(ta),
        type_name(tb)
    )))
}

fn pow(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("pow", kw, &["base", "exp", "mod"])?;
    let Some(base) = args.first().cloned().or_else(|| kwarg(kw, "base")) else {
        return Err(type_error("pow() missing required argument 'base' (pos 1)"));
    };
    let Some(exp) = args.get(1).cloned().or_else(|| kwarg(kw, "exp")) else {
        return Err(type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    if args.len() > 3 {
        return Err(type_error(format!(
            "pow() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let modulus = args.get(2).cloned().or_else(|| kwarg(kw, "mod"));
    let args = [base, exp];
    if let Some(m) = modulus.as_ref().filter(|m| !m.is_none()) {
        let (Some(b), Some(e), Some(m)) = (
            crate::int::as_bigint(&args[0]),
            crate::int::as_bigint(&args[1]),
            crate::int::as_bigint(m),
        ) else {
            let num = |v: &Value| is_int_like(v) || matches!(v, Value::Float(_));
            if num(&args[0]) && num(&args[1]) && num(m) {
                return Err(type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            if let Some(r) =
                vm.call_special(&args[0], "__pow__", vec![args[1].clone(), m.clone()])?
            {
                if !crate::singletons::is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            return Err(type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                type_name(args[0].class()),
                type_name(args[1].class()),
                type_name(m.class())
            )));
        };
        if m == num_bigint::BigInt::from(0) {
            return Err(value_error("pow() 3rd argument cannot be 0"));
        }
        let zero = num_bigint::BigInt::from(0);
        let (b, e) = if e < zero {
            match mod_inverse(&b, &m) {
                Some(inv) => (inv, -e),
                None => return Err(value_error("base is not invertible for the given modulus")),
            }
        } else {
            (b, e)
        };
        let r = b.modpow(&e, &m);
        let r = if r != num_bigint::BigInt::from(0)
            && (r < num_bigint::BigInt::from(0)) != (m < num_bigint::BigInt::from(0))
        {
            r + m
        } else {
            r
        };
        return Ok(from_bigint(r));
    }
    vm.binary_op(crate::bytecode::BinOp::Pow, &args[0], &args[1])
}

/// The inverse of `b` modulo `m` (same sign convention as `pow(b, -1, m)`), if gcd is 1.
fn mod_inverse(b: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_bigint::BigInt;
    use num_integer::Integer;
    let am = if *m < BigInt::from(0) {
        -m.clone()
    } else {
        m.clone()
    };
    let ext = b.mod_floor(&am).extended_gcd(&am);
    if ext.gcd != BigInt::from(1) {
        return None;
    }
    Some(ext.x.mod_floor(&am))
}

fn radix(vm: &mut Vm, args: &[Value], name: &str, ty: char) -> PyResult {
    nargs(name, args, 1, 1)?;
    let b = match crate::int::as_bigint(&args[0]) {
        Some(b) => b,
        None => num_bigint::BigInt::from(vm.index_value(&args[0])?),
    };
    use crate::format::intstr::{int_to_bin, int_to_hex, int_to_oct};
    Ok(new_string(match ty {
        'x' => int_to_hex(&b),
        'o' => int_to_oct(&b),
        _ => int_to_bin(&b),
    }))
}

fn hex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    radix(vm, args, "hex", 'x')
}

fn oct(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    radix(vm, args, "oct", 'o')
}

fn bin(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    radix(vm, args, "bin", 'b')
}

fn format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("format", args, 1, 2)?;
    let spec = match args.get(1) {
        None => String::new(),
        Some(s) => match s.as_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(type_error(format!(
                    "format() argument 2 must be str, not {}",
                    type_name(s.class())
                )))
            }
        },
    };
    Ok(new_string(vm.format(&args[0], &spec)?))
}

fn vars(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("vars", args, 0, 1)?;
    match args.first() {
        Some(v) => {
            let err = || type_error("vars() argument must have __dict__ attribute");
            // Builtin values (ints, strs, lists...) have no instance `__dict__`; instances
            // of Python subclasses of them do.
            if tobj(v.class()).builtin
                && !matches!(
                    v.data(),
                    Some(
                        ObjData::Instance(_)
                            | ObjData::Exception(_)
                            | ObjData::Module(_)
                            | ObjData::Type(_)
                            | ObjData::Function(_)
                    )
                )
            {
                return Err(err());
            }
            vm.get_attr(v, "__dict__").map_err(|_| err())
        }
        None => crate::eval_exec::vars_no_arg(vm),
    }
}

fn dir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("dir", args, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    if let Some(v) = args.first() {
        if matches!(v.data(), Some(ObjData::Instance(_))) {
            if let Some(d) = crate::types::lookup(v.class(), "__dir__")
                .filter(|d| !matches!(d.data(), Some(ObjData::Builtin(_))))
            {
                let r = vm.call(&d, vec![v.clone()])?;
                let mut items = vm.collect(&r)?;
                crate::sort::sort_values(vm, &mut items, None, false)?;
                return Ok(crate::list::new_list(items));
            }
        }
    }
    match args.first() {
        Some(v) => {
            for k in crate::attr::instance_attr_names(v) {
                if let Some(s) = k.as_str() {
                    names.push(s.to_string());
                }
            }
            let t = match v
                .obj()
                .and_then(|o| o.as_static())
                .filter(|o| o.type_obj().is_some())
            {
                Some(t) => t,
                None => v.class(),
            };
            if let Some(ObjData::Module(m)) = v.data() {
                names.extend(m.ns.items().into_iter().map(|(k, _)| k));
            } else {
                for c in &tobj(t).mro {
                    names.extend(tobj(c).dict.items().into_iter().map(|(k, _)| k));
                }
            }
        }
        None => {
            names.extend(module_ns(vm.cur_module).items().into_iter().map(|(k, _)| k));
        }
    }
    names.sort();
    names.dedup();
    Ok(crate::list::new_list(
        names.into_iter().map(new_string).collect(),
    ))
}

fn globals(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    let m = vm.cur_module;
    Ok(vm.namespace_dict(module_ns(m)))
}

pub fn _unused(_: &Value) {
    let _ = alloc;
}
