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
        ("reversed", reversed),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
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
        ("locals", globals),
        ("ascii", ascii),
        ("__build_class__", crate::class::build_class),
        ("__import__", crate::import::builtin_import),
        ("exit", crate::sysmod::sys_exit),
        ("quit", crate::sysmod::sys_exit),
        ("input", input),
    ];
    for (name, f) in fns {
        ns.set(name, new_builtin(name, *f));
    }
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

fn print(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("print", kw, &["sep", "end", "file", "flush"])?;
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
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str_of(a)?);
    }
    out.push_str(&end);
    let flush = match kwarg(kw, "flush") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    match kwarg(kw, "file") {
        None | Some(Value::None) => {
            vm.write_out(&out);
            if flush {
                vm.flush_out();
            }
        }
        Some(f) => crate::sysmod::write_to(vm, &f, &out)?,
    }
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
    if instance_check(&args[0], &args[1], "isinstance")? {
        return Ok(Value::Bool(true));
    }
    // A metaclass `__instancecheck__` (ABCMeta's virtual subclasses) may still say yes.
    Ok(Value::Bool(meta_check(
        vm,
        &args[1],
        "__instancecheck__",
        &args[0],
    )?))
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
    check_kw(name, kw, &["key", "default"])?;
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
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            _ => vm.binary_op(crate::bytecode::BinOp::Add, &acc, &x)?,
        };
    }
    Ok(acc)
}

pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    // CPython sorts a reversed list stably and reverses the result, so equal items
    // keep their original order either way.
    if reverse {
        items.reverse();
    }
    let keys: Vec<Value> = match &key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(vm.call(f, vec![it.clone()])?);
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut err = None;
    idx.sort_by(|&a, &b| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        match less(vm, &keys[a], &keys[b]).and_then(|lt| {
            if lt {
                Ok(std::cmp::Ordering::Less)
            } else {
                less(vm, &keys[b], &keys[a]).map(|gt| {
                    if gt {
                        std::cmp::Ordering::Greater
                    } else {
                        std::cmp::Ordering::Equal
                    }
                })
            }
        }) {
            Ok(o) => o,
            Err(e) => {
                err = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    let mut sorted: Vec<Value> = idx.iter().map(|&i| items[i].clone()).collect();
    if reverse {
        sorted.reverse();
    }
    *items = sorted;
    Ok(())
}

fn less(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
    match (x, y) {
        (Value::Int(p), Value::Int(q)) => Ok(p < q),
        _ => {
            let r = vm.compare(crate::bytecode::CmpOp::Lt, x, y)?;
            vm.truthy(&r)
        }
    }
}

fn sorted(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("sorted", kw, &["key", "reverse"])?;
    nargs("sorted", args, 1, 1)?;
    let mut items = vm.collect(&args[0])?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    sort_values(vm, &mut items, key, reverse)?;
    Ok(crate::list::new_list(items))
}

fn reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("reversed", args, 1, 1)?;
    let v = &args[0];
    match v.data() {
        Some(ObjData::List(_) | ObjData::Tuple(_)) => {
            let n = crate::seq::seq_len(v).unwrap_or(0) as isize;
            Ok(new_iter(IterState::Rev {
                seq: v.clone(),
                idx: n - 1,
            }))
        }
        Some(ObjData::Range(..) | ObjData::Str(_)) => {
            let items = vm.collect(v)?;
            let n = items.len() as isize;
            Ok(new_iter(IterState::Rev {
                seq: crate::list::new_list(items),
                idx: n - 1,
            }))
        }
        _ => match vm.call_special(v, "__reversed__", vec![])? {
            Some(r) => Ok(r),
            None => {
                if crate::types::lookup(v.class(), "__len__").is_some()
                    && crate::types::lookup(v.class(), "__getitem__").is_some()
                {
                    let items = vm.collect(v)?;
                    let n = items.len() as isize;
                    return Ok(new_iter(IterState::Rev {
                        seq: crate::list::new_list(items),
                        idx: n - 1,
                    }));
                }
                Err(type_error(format!(
                    "'{}' object is not reversible",
                    type_name(v.class())
                )))
            }
        },
    }
}

fn enumerate(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("enumerate", kw, &["start"])?;
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
    Ok(new_iter(IterState::Enumerate { it, n: start }))
}

fn zip(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("zip", kw, &["strict"])?;
    let strict = match kwarg(kw, "strict") {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let mut its = Vec::new();
    for (i, a) in args.iter().enumerate() {
        its.push(
            vm.get_iter(a).map_err(|_| {
                type_error(format!("zip argument #{} must support iteration", i + 1))
            })?,
        );
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

fn callable(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("callable", args, 1, 1)?;
    let v = &args[0];
    let c = matches!(
        v.data(),
        Some(ObjData::Function(_) | ObjData::Builtin(_) | ObjData::Method(..) | ObjData::Type(_))
    ) || crate::types::lookup(v.class(), "__call__").is_some();
    Ok(Value::Bool(c))
}

fn chr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("chr", args, 1, 1)?;
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
        _ => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(args[0].class())
        ))),
    }
}

fn round(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("round", kw, &["ndigits"])?;
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
    let q = vm.binary_op(crate::bytecode::BinOp::FloorDiv, &args[0], &args[1])?;
    let r = vm.binary_op(crate::bytecode::BinOp::Mod, &args[0], &args[1])?;
    Ok(crate::tuple::new_tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("pow", args, 2, 3)?;
    if let Some(m) = args.get(2).filter(|m| !m.is_none()) {
        let (Some(b), Some(e), Some(m)) = (
            crate::int::as_bigint(&args[0]),
            crate::int::as_bigint(&args[1]),
            crate::int::as_bigint(m),
        ) else {
            return Err(type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        };
        if m == num_bigint::BigInt::from(0) {
            return Err(value_error("pow() 3rd argument cannot be 0"));
        }
        if e < num_bigint::BigInt::from(0) {
            return Err(value_error("base is not invertible for the given modulus"));
        }
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
        Some(v) => vm
            .get_attr(v, "__dict__")
            .map_err(|_| type_error("vars() argument must have __dict__ attribute")),
        None => globals(vm, args, _kw),
    }
}

fn dir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let mut names: Vec<String> = Vec::new();
    match args.first() {
        Some(v) => {
            if let Some(m) = crate::dict_ops::map_of(v) {
                if matches!(v.data(), Some(ObjData::Instance(_) | ObjData::Exception(_))) {
                    for k in m.lock().keys() {
                        if let Some(s) = k.as_str() {
                            names.push(s.to_string());
                        }
                    }
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

fn input(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    if let Some(p) = args.first() {
        let s = vm.str_of(p)?;
        vm.write_out(&s);
    }
    vm.flush_out();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(crate::exc::new_exc_msg(
            types().eof_error,
            "EOF when reading a line",
        )),
        Ok(_) => Ok(new_string(line.trim_end_matches('\n').to_string())),
        Err(e) => Err(crate::exc::new_exc_msg(types().os_error, e.to_string())),
    }
}

pub fn _unused(_: &Value) {
    let _ = alloc;
}
