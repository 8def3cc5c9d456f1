//! `list` and `tuple` constructors and methods.

use crate::argparse::*;
use crate::exc::{index_error, type_error, value_error};
use crate::func::{KwArgs, PyResult};
use crate::object::ObjData;
use crate::type_methods::reg;
use crate::types::{tobj, types};
use crate::value::Value;
use crate::vm::Vm;

pub fn register() {
    let t = types();
    tobj(t.list)
        .dict
        .set("__new__", crate::func::new_builtin("__new__", list_new));
    tobj(t.tuple)
        .dict
        .set("__new__", crate::func::new_builtin("__new__", tuple_new));
    let ms: &[(&'static str, crate::func::NativeFn)] = &[
        ("append", append),
        ("extend", extend),
        ("pop", pop),
        ("insert", insert),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("sort", sort),
        ("reverse", reverse),
        ("copy", copy),
        ("clear", clear),
    ];
    for (n, f) in ms {
        reg(t.list, n, *f);
    }
    reg(t.tuple, "index", index);
    reg(t.tuple, "count", count);
}

fn list_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    if let Some(sub) = crate::subclass::subclass_arg(args, types().list) {
        // A subclass instance starts empty; `list.__init__` fills it.
        return Ok(crate::object::alloc(sub, ObjData::List(Default::default())));
    }
    no_kw("list", kw)?;
    nargs("list", &args[1.min(args.len())..], 0, 1)?;
    match args.get(1) {
        Some(v) => Ok(crate::list::new_list(vm.collect(v)?)),
        None => Ok(crate::list::new_list(vec![])),
    }
}

fn tuple_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let r = tuple_new_base(vm, args, kw)?;
    Ok(crate::subclass::relabel(args, types().tuple, r))
}

fn tuple_new_base(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("tuple", kw)?;
    nargs("tuple", &args[1.min(args.len())..], 0, 1)?;
    match args.get(1) {
        Some(v)
            if matches!(v.data(), Some(ObjData::Tuple(_)))
                && std::ptr::eq(v.class(), types().tuple) =>
        {
            Ok(v.clone())
        }
        Some(v) => Ok(crate::tuple::new_tuple(vm.collect(v)?)),
        None => Ok(crate::tuple::empty_tuple()),
    }
}

fn list_of(args: &[Value]) -> PyResult<&crate::list_lock::ListMutex> {
    match args.first().and_then(|v| v.data()) {
        Some(ObjData::List(l)) => Ok(l),
        _ => Err(type_error("descriptor requires a 'list' object")),
    }
}

fn append(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("list.append", &args[1.min(args.len())..], 1, 1)?;
    list_of(args)?.lock().push(args[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("list.extend", &args[1.min(args.len())..], 1, 1)?;
    vm.list_extend(&args[0], &args[1])?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let l = list_of(args)?;
    let i = match args.get(1) {
        Some(v) => Some(vm.index_value(v)?),
        None => None,
    };
    let mut g = l.lock();
    if g.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let len = g.len();
    let idx = match i {
        None => len - 1,
        Some(i) => {
            crate::seq::norm_index(i, len).ok_or_else(|| index_error("pop index out of range"))?
        }
    };
    Ok(g.remove(idx))
}

fn insert(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("insert", &args[1.min(args.len())..], 2, 2)?;
    let i = vm.index_value(&args[1])?;
    let l = list_of(args)?;
    let mut g = l.lock();
    let len = g.len() as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    g.insert(i as usize, args[2].clone());
    Ok(Value::None)
}

/// The first index of `args[1]` in the sequence `args[0]`, searched from `args[2]`
/// (start) up to `args[3]` (stop), both clamped like slice bounds, as `list.index` does.
fn position(vm: &mut Vm, args: &[Value]) -> PyResult<Option<usize>> {
    let target = arg(args, 1);
    let len = crate::seq::snapshot(&args[0]).len() as i64;
    let mut bound = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        let Some(v) = v else {
            return Ok(default);
        };
        let i = match v {
            Value::Int(_) | Value::Bool(_) => vm.index_value(v)?,
            _ if matches!(v.data(), Some(ObjData::BigInt(_)))
                || crate::types::lookup(v.class(), "__index__").is_some() =>
            {
                vm.index_value(v)?
            }
            _ => {
                return Err(crate::exc::type_error(
                    "slice indices must be integers or have an __index__ method",
                ))
            }
        };
        Ok(if i < 0 { (i + len).max(0) } else { i.min(len) })
    };
    let mut i = bound(args.get(2), 0)? as usize;
    let stop = bound(args.get(3), len)? as usize;
    while let Some(x) = crate::seq::item_at(&args[0], i).filter(|_| i < stop) {
        if x.is(&target) || vm.eq(&x, &target)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    match position(vm, args)? {
        Some(i) => {
            let l = list_of(args)?;
            let mut g = l.lock();
            if i < g.len() {
                g.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    match position(vm, args)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let what = if matches!(args[0].data(), Some(ObjData::Tuple(_))) {
                "tuple.index(x): x not in tuple".to_string()
            } else {
                format!("{} is not in list", vm.repr(&arg(args, 1))?)
            };
            Err(value_error(what))
        }
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let target = arg(args, 1);
    let mut n = 0;
    for x in crate::seq::snapshot(&args[0]) {
        if x.is(&target) || vm.eq(&x, &target)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("sort", kw, &["key", "reverse"])?;
    if args.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let l = list_of(args)?;
    let mut items = std::mem::take(&mut *l.lock());
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    let r = crate::sort::sort_values(vm, &mut items, key, reverse);
    let mut g = l.lock();
    let modified = !g.is_empty();
    *g = items;
    drop(g);
    if modified {
        return Err(value_error("list modified during sort"));
    }
    r.map(|_| Value::None)
}

fn reverse(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    list_of(args)?.lock().reverse();
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(crate::list::new_list(list_of(args)?.lock().clone()))
}

fn clear(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let old = std::mem::take(&mut *list_of(args)?.lock());
    drop(old);
    Ok(Value::None)
}
