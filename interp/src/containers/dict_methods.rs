//! `dict`, `set` and `frozenset` constructors and methods.

use crate::argparse::*;
use crate::bytecode::BinOp;
use crate::exc::{key_error, type_error};
use crate::func::{KwArgs, PyResult};
use crate::object::ObjData;
use crate::set_ops::set_of;
use crate::type_methods::reg;
use crate::types::{tobj, types};
use crate::value::Value;
use crate::vm::Vm;

pub fn register() {
    let t = types();
    tobj(t.dict)
        .dict
        .set("__new__", crate::func::new_builtin("__new__", dict_new));
    tobj(t.set)
        .dict
        .set("__new__", crate::func::new_builtin("__new__", set_new));
    tobj(t.frozenset).dict.set(
        "__new__",
        crate::func::new_builtin("__new__", frozenset_new),
    );
    let ms: &[(&'static str, crate::func::NativeFn)] = &[
        ("get", get),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("pop", pop),
        ("setdefault", setdefault),
        ("update", update),
        ("copy", copy),
        ("clear", clear),
        ("popitem", popitem),
    ];
    for (n, f) in ms {
        reg(t.dict, n, *f);
    }
    let b = crate::func::new_builtin("fromkeys", fromkeys);
    let cm = crate::object::alloc(t.classmethod, ObjData::ClassMethod(b));
    cm.immortalize();
    tobj(t.dict).dict.set("fromkeys", cm);
    let sm: &[(&'static str, crate::func::NativeFn)] = &[
        ("add", set_add),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("update", set_update),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symdiff),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("copy", set_copy),
        ("clear", set_clear),
    ];
    for (n, f) in sm {
        reg(t.set, n, *f);
        if !matches!(
            *n,
            "add" | "remove" | "discard" | "pop" | "update" | "clear"
        ) {
            reg(t.frozenset, n, *f);
        }
    }
}

fn dict_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    if let Some(sub) = crate::subclass::subclass_arg(args, types().dict) {
        // A subclass instance starts empty; `dict.__init__` fills it.
        return Ok(crate::object::alloc(sub, ObjData::Dict(Default::default())));
    }
    let d = crate::dict_ops::new_dict();
    if let Some(m) = args.get(1) {
        vm.dict_update(&d, m)?;
    }
    for (k, v) in kw {
        vm.dict_set(&d, Value::Obj(k.clone()), v.clone())?;
    }
    Ok(d)
}

fn get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("get", &args[1.min(args.len())..], 1, 2)?;
    Ok(vm
        .dict_get(&args[0], &args[1])?
        .unwrap_or_else(|| arg(args, 2)))
}

fn view(args: &[Value], kind: u8) -> PyResult {
    nargs("keys", &args[1.min(args.len())..], 0, 0)?;
    match args.first() {
        Some(d) if matches!(d.data(), Some(ObjData::Dict(_))) => {
            Ok(crate::dict_views::new_view(d, kind))
        }
        _ => Err(type_error("descriptor requires a 'dict' object")),
    }
}

fn keys(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    view(args, 0)
}

fn values(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    view(args, 1)
}

fn items(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    view(args, 2)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("pop", &args[1.min(args.len())..], 1, 2)?;
    match vm.dict_remove(&args[0], &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(key_error(args[1].clone())),
        },
    }
}

fn setdefault(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    match vm.dict_get(&args[0], &arg(args, 1))? {
        Some(v) => Ok(v),
        None => {
            let d = arg(args, 2);
            vm.dict_set(&args[0], arg(args, 1), d.clone())?;
            Ok(d)
        }
    }
}

fn update(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    if let Some(m) = args.get(1) {
        vm.dict_update(&args[0], m)?;
    }
    for (k, v) in kw {
        vm.dict_set(&args[0], Value::Obj(k.clone()), v.clone())?;
    }
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(crate::dict_ops::copy_dict(&arg(args, 0)))
}

fn clear(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    if let Some(m) = crate::dict_ops::map_of(&arg(args, 0)) {
        let old = std::mem::take(&mut *m.lock());
        drop(old);
    }
    Ok(Value::None)
}

fn popitem(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let d = arg(args, 0);
    let m = crate::dict_ops::map_of(&d)
        .ok_or_else(|| type_error("descriptor requires a 'dict' object"))?;
    let last = m.lock().pop_last();
    match last {
        Some(e) => Ok(crate::tuple::new_tuple(vec![e.key, e.value])),
        None => Err(key_error(crate::pystr::new_str(
            "popitem(): dictionary is empty",
        ))),
    }
}

fn fromkeys(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let d = crate::dict_ops::new_dict();
    let v = arg(args, 2);
    for k in vm.collect(&arg(args, 1))? {
        vm.dict_set(&d, k, v.clone())?;
    }
    Ok(d)
}

fn set_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    if let Some(sub) = crate::subclass::subclass_arg(args, types().set) {
        return Ok(crate::object::alloc(sub, ObjData::Set(Default::default())));
    }
    let s = vm.new_set(vec![])?;
    if let Some(v) = args.get(1) {
        vm.set_update(&s, v)?;
    }
    Ok(s)
}

fn frozenset_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let r = frozenset_new_base(vm, args, kw)?;
    Ok(crate::subclass::relabel(args, types().frozenset, r))
}

fn frozenset_new_base(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    if let Some(v) = args.get(1) {
        if std::ptr::eq(v.class(), types().frozenset) {
            return Ok(v.clone());
        }
    }
    let s = vm.new_set(vec![])?;
    if let Some(v) = args.get(1) {
        vm.set_update(&s, v)?;
    }
    let t = set_of(&s)
        .map(|m| std::mem::take(&mut *m.lock()))
        .unwrap_or_default();
    Ok(crate::set_ops::set_from_table(types().frozenset, t))
}

fn set_add(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("set.add", &args[1.min(args.len())..], 1, 1)?;
    vm.set_add(&args[0], arg(args, 1))?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("set.remove", &args[1.min(args.len())..], 1, 1)?;
    if vm.set_discard(&args[0], &args[1])? {
        Ok(Value::None)
    } else {
        Err(key_error(args[1].clone()))
    }
}

fn set_discard(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("set.discard", &args[1.min(args.len())..], 1, 1)?;
    vm.set_discard(&args[0], &args[1])?;
    Ok(Value::None)
}

fn set_pop(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let s = arg(args, 0);
    let m = set_of(&s).ok_or_else(|| type_error("descriptor requires a 'set' object"))?;
    let popped = m.lock().pop();
    popped.ok_or_else(|| key_error(crate::pystr::new_str("pop from an empty set")))
}

fn set_clear(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let s = arg(args, 0);
    if let Some(m) = set_of(&s) {
        let old = std::mem::take(&mut *m.lock());
        drop(old);
    }
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    for a in &args[1..] {
        vm.set_update(&args[0], a)?;
    }
    Ok(Value::None)
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult {
    if matches!(v.data(), Some(ObjData::Set(_))) {
        return Ok(v.clone());
    }
    let s = vm.new_set(vec![])?;
    vm.set_update(&s, v)?;
    Ok(s)
}

/// `s.union(*others)` and friends: one step per argument, a non-set argument used in
/// its own iteration order where CPython does so.
fn set_op(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult {
    let mut acc = set_copy(vm, &args[..1], &[])?;
    for a in &args[1..] {
        let is_set = matches!(a.data(), Some(ObjData::Set(_)));
        acc = match op {
            BinOp::Or => {
                vm.set_update(&acc, a)?;
                acc
            }
            BinOp::And if !is_set => {
                let out = vm.new_set(vec![])?;
                for k in vm.collect(a)? {
                    if vm.set_contains(&acc, &k)? {
                        vm.set_add(&out, k)?;
                    }
                }
                out
            }
            BinOp::Sub if !is_set => {
                for k in vm.collect(a)? {
                    vm.set_discard(&acc, &k)?;
                }
                acc
            }
            _ => {
                let other = as_set(vm, a)?;
                vm.set_binop(op, &acc, &other)?
            }
        };
    }
    Ok(acc)
}

fn set_union(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    set_op(vm, args, BinOp::Or)
}

fn set_intersection(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    set_op(vm, args, BinOp::And)
}

fn set_difference(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    set_op(vm, args, BinOp::Sub)
}

fn set_symdiff(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    set_op(vm, args, BinOp::Xor)
}

fn set_cmp(vm: &mut Vm, args: &[Value], op: crate::bytecode::CmpOp) -> PyResult {
    let other = as_set(vm, &arg(args, 1))?;
    vm.set_compare(op, &args[0], &other)
}

fn set_issubset(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    set_cmp(vm, args, crate::bytecode::CmpOp::Le)
}

fn set_issuperset(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    set_cmp(vm, args, crate::bytecode::CmpOp::Ge)
}

fn set_isdisjoint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let other = as_set(vm, &arg(args, 1))?;
    let inter = vm.set_binop(BinOp::And, &args[0], &other)?;
    Ok(Value::Bool(crate::seq::seq_len(&inter) == Some(0)))
}

/// `s.copy()`: a plain set (or frozenset) with CPython's copied layout.
fn set_copy(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let v = arg(args, 0);
    let cls = if crate::types::is_subtype(v.class(), types().frozenset) {
        types().frozenset
    } else {
        types().set
    };
    Ok(crate::set_ops::set_from_table(
        cls,
        crate::set_ops::copy_table(&v),
    ))
}
