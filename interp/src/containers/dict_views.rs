//! `dict.keys()`, `.values()`, `.items()`: live views over the dict (`dict_keys([...])`),
//! with len, iteration (which notices a size change), `in`, `reversed`, and the set
//! operations of keys and items views.
//!
//! A view is an `ObjData::Native` payload on one of three built-in classes, so every
//! operation reaches it through the class's methods registered here.

use std::sync::OnceLock;

use crate::argparse::nargs;
use crate::bytecode::BinOp;
use crate::exc::type_error;
use crate::func::{KwArgs, NativeFn, PyResult};
use crate::iter::IterState;
use crate::iterops::new_iter;
use crate::object::{alloc, ObjData};
use crate::pystr::new_string;
use crate::type_methods::reg;
use crate::types::{make_type, new_type_obj, tobj, types, Layout, TypeRef};
use crate::value::Value;
use crate::vm::Vm;

const KEYS: u8 = 0;
const VALUES: u8 = 1;

struct DictView {
    dict: Value,
    kind: u8,
}

struct ViewTypes {
    keys: TypeRef,
    values: TypeRef,
    items: TypeRef,
}

fn view_types() -> &'static ViewTypes {
    static T: OnceLock<ViewTypes> = OnceLock::new();
    T.get_or_init(|| {
        let mk = |name: &str| {
            make_type(
                types().type_,
                new_type_obj(name, vec![types().object], Layout::Native, true),
            )
            .unwrap_or_else(|_| unreachable!("single base"))
        };
        ViewTypes {
            keys: mk("dict_keys"),
            values: mk("dict_values"),
            items: mk("dict_items"),
        }
    })
}

pub fn register() {
    let vt = view_types();
    let common: &[(&'static str, NativeFn)] = &[
        ("__len__", view_len),
        ("__iter__", view_iter),
        ("__reversed__", view_reversed),
        ("__repr__", view_repr),
    ];
    let setlike: &[(&'static str, NativeFn)] = &[
        ("__contains__", view_contains),
        ("__eq__", view_eq),
        ("__ne__", view_ne),
        ("__and__", view_and),
        ("__rand__", view_and),
        ("__or__", view_or),
        ("__ror__", view_or),
        ("__sub__", view_sub),
        ("__rsub__", view_rsub),
        ("__xor__", view_xor),
        ("__rxor__", view_xor),
        ("isdisjoint", view_isdisjoint),
    ];
    for t in [vt.keys, vt.values, vt.items] {
        for (n, f) in common {
            reg(t, n, *f);
        }
        tobj(t).dict.set("__hash__", Value::None);
    }
    for t in [vt.keys, vt.items] {
        for (n, f) in setlike {
            reg(t, n, *f);
        }
    }
    reg(types().dict, "__reversed__", dict_reversed);
}

/// A new view of `kind` (0 keys, 1 values, 2 items) over the dict `d`.
pub fn new_view(d: &Value, kind: u8) -> Value {
    let vt = view_types();
    let t = match kind {
        KEYS => vt.keys,
        VALUES => vt.values,
        _ => vt.items,
    };
    alloc(
        t,
        ObjData::Native(Box::new(DictView {
            dict: d.clone(),
            kind,
        })),
    )
}

fn view_of(v: &Value) -> PyResult<&DictView> {
    match v.data() {
        Some(ObjData::Native(n)) => n
            .downcast_ref::<DictView>()
            .ok_or_else(|| type_error("descriptor requires a dict view")),
        _ => Err(type_error("descriptor requires a dict view")),
    }
}

fn dict_len(d: &Value) -> usize {
    crate::dict_ops::map_of(d).map_or(0, |m| m.lock().len())
}

/// The view's elements now: keys, values or `(key, value)` tuples.
fn snapshot(view: &DictView) -> Vec<Value> {
    let Some(m) = crate::dict_ops::map_of(&view.dict) else {
        return Vec::new();
    };
    let g = m.lock();
    match view.kind {
        KEYS => g.keys(),
        VALUES => g.values(),
        _ => g
            .items()
            .into_iter()
            .map(|(k, v)| crate::tuple::new_tuple(vec![k, v]))
            .collect(),
    }
}

fn view_len(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__len__", args, 1, 1)?;
    Ok(Value::Int(dict_len(&view_of(&args[0])?.dict) as i64))
}

fn view_iter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__iter__", args, 1, 1)?;
    let v = view_of(&args[0])?;
    Ok(new_iter(IterState::Dict {
        dict: v.dict.clone(),
        pos: 0,
        kind: v.kind,
        len: dict_len(&v.dict),
        last: None,
    }))
}

fn reversed_list(items: Vec<Value>) -> Value {
    let n = items.len() as isize;
    new_iter(IterState::Rev {
        seq: crate::list::new_list(items),
        idx: n - 1,
    })
}

fn view_reversed(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__reversed__", args, 1, 1)?;
    Ok(reversed_list(snapshot(view_of(&args[0])?)))
}

fn dict_reversed(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__reversed__", args, 1, 1)?;
    let keys = crate::dict_ops::map_of(&args[0])
        .map(|m| m.lock().keys())
        .unwrap_or_default();
    Ok(reversed_list(keys))
}

fn view_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__repr__", args, 1, 1)?;
    let v = view_of(&args[0])?;
    let name = tobj(args[0].class()).name.clone();
    let inner = vm.repr(&crate::list::new_list(snapshot(v)))?;
    Ok(new_string(format!("{name}({inner})")))
}

fn view_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__contains__", args, 2, 2)?;
    let v = view_of(&args[0])?;
    let x = &args[1];
    if v.kind == KEYS {
        return Ok(Value::Bool(vm.dict_get(&v.dict, x)?.is_some()));
    }
    let Some(ObjData::Tuple(kv)) = x.data() else {
        return Ok(Value::Bool(false));
    };
    if kv.len() != 2 {
        return Ok(Value::Bool(false));
    }
    let found = match vm.dict_get(&v.dict, &kv[0])? {
        Some(val) => val.is(&kv[1]) || vm.eq(&val, &kv[1])?,
        None => false,
    };
    Ok(Value::Bool(found))
}

/// The view as a set, for the set operations.
fn as_set(vm: &mut Vm, v: &Value) -> PyResult {
    match view_of(v) {
        Ok(view) => {
            let items = snapshot(view);
            vm.new_set(items)
        }
        Err(_) => {
            let items = vm.collect(v)?;
            vm.new_set(items)
        }
    }
}

fn set_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult {
    let x = as_set(vm, a)?;
    let y = as_set(vm, b)?;
    vm.set_binop(op, &x, &y)
}

fn view_and(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__and__", args, 2, 2)?;
    set_op(vm, &args[0], &args[1], BinOp::And)
}

fn view_or(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__or__", args, 2, 2)?;
    set_op(vm, &args[0], &args[1], BinOp::Or)
}

fn view_sub(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__sub__", args, 2, 2)?;
    set_op(vm, &args[0], &args[1], BinOp::Sub)
}

fn view_rsub(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__rsub__", args, 2, 2)?;
    set_op(vm, &args[1], &args[0], BinOp::Sub)
}

fn view_xor(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__xor__", args, 2, 2)?;
    set_op(vm, &args[0], &args[1], BinOp::Xor)
}

fn view_isdisjoint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("isdisjoint", args, 2, 2)?;
    let r = set_op(vm, &args[0], &args[1], BinOp::And)?;
    Ok(Value::Bool(crate::seq::seq_len(&r) == Some(0)))
}

fn view_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__eq__", args, 2, 2)?;
    let other = &args[1];
    let setlike = matches!(other.data(), Some(ObjData::Set(_)))
        || view_of(other).is_ok_and(|v| v.kind != VALUES);
    if !setlike {
        return Ok(crate::singletons::not_implemented());
    }
    let x = as_set(vm, &args[0])?;
    let y = as_set(vm, other)?;
    vm.set_compare(crate::bytecode::CmpOp::Eq, &x, &y)
}

fn view_ne(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let r = view_eq(vm, args, kw)?;
    if crate::singletons::is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

/// A view's elements taken under the dict's lock in one go; `None` if `v` is no view.
pub fn snapshot_of(v: &Value) -> Option<Vec<Value>> {
    view_of(v).ok().map(snapshot)
}
