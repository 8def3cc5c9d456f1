//! `bytearray`: a mutable byte buffer under its own lock (a `Native` payload on a built-in
//! class): construction, item and slice assignment, the list-like mutators, operators and
//! repr. The read-only methods are `bytes_methods`' (shared with bytes).

use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::argparse::*;
use crate::bytes::{byte_value, bytes_like, bytes_repr};
use crate::exc::{index_error, type_error, value_error};
use crate::func::{new_builtin, KwArgs, NativeFn, PyResult};
use crate::object::{alloc, ObjData};
use crate::type_methods::reg;
use crate::types::{make_type, new_type_obj, tobj, type_name, types, Layout, TypeRef};
use crate::value::Value;
use crate::vm::Vm;

pub struct ByteArray(pub Mutex<Vec<u8>>);

pub fn bytearray_type() -> TypeRef {
    static T: OnceLock<TypeRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_type_obj("bytearray", vec![types().object], Layout::Native, true);
        let t = make_type(types().type_, t).unwrap_or_else(|_| unreachable!("single base"));
        crate::bytes_methods::register_on(t);
        let ms: &[(&'static str, NativeFn)] = &[
            ("__init__", init),
            ("__len__", len),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__iter__", iter),
            ("__contains__", contains),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__add__", add),
            ("__radd__", radd),
            ("__iadd__", iadd),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__imul__", imul),
            ("__mod__", crate::bytes_methods::percent),
            ("__repr__", repr),
            ("__str__", repr),
            ("append", append),
            ("extend", extend),
            ("pop", pop),
            ("insert", insert),
            ("remove", remove),
            ("clear", clear),
            ("copy", copy),
            ("reverse", reverse),
        ];
        for (n, f) in ms {
            reg(t, n, *f);
        }
        tobj(t).dict.set("__new__", new_builtin("__new__", new));
        tobj(t).dict.set("__hash__", Value::None);
        t
    })
}

pub fn new_bytearray(b: Vec<u8>) -> Value {
    alloc(
        bytearray_type(),
        ObjData::Native(Box::new(ByteArray(Mutex::new(b)))),
    )
}

fn this(args: &[Value]) -> PyResult<&Mutex<Vec<u8>>> {
    match args.first().and_then(|v| v.data()) {
        Some(ObjData::Native(n)) => n
            .downcast_ref::<ByteArray>()
            .map(|b| &b.0)
            .ok_or_else(|| type_error("descriptor requires a 'bytearray' object")),
        _ => Err(type_error("descriptor requires a 'bytearray' object")),
    }
}

fn new(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(new_bytearray(Vec::new()))
}

fn init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let data = crate::bytes::initial_bytes(vm, "bytearray", &args[1.min(args.len())..], kw)?;
    *this(args)?.lock() = data;
    Ok(Value::None)
}

fn len(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(this(args)?.lock().len() as i64))
}

fn one<'a>(fname: &str, args: &'a [Value]) -> PyResult<&'a Value> {
    nargs(fname, &args[1.min(args.len())..], 1, 1)?;
    Ok(&args[1])
}

fn index_of(vm: &mut Vm, k: &Value, n: usize) -> PyResult<usize> {
    let i = vm.index_value(k).map_err(|_| {
        type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            type_name(k.class())
        ))
    })?;
    crate::seq::norm_index(i, n).ok_or_else(|| index_error("bytearray index out of range"))
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let k = one("__getitem__", args)?;
    let data = this(args)?.lock().clone();
    if let Some(ObjData::Slice(sl)) = k.data() {
        let (start, _, step, n) = crate::seq::slice_indices(vm, sl, data.len())?;
        let out = crate::seq::slice_positions(start, step, n)
            .map(|i| data[i])
            .collect();
        return Ok(new_bytearray(out));
    }
    let i = index_of(vm, k, data.len())?;
    Ok(Value::Int(data[i] as i64))
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__setitem__", &args[1.min(args.len())..], 2, 2)?;
    let (k, v) = (&args[1], &args[2]);
    let n = this(args)?.lock().len();
    if let Some(ObjData::Slice(sl)) = k.data() {
        let src: Vec<u8> = match bytes_like(v) {
            Some(b) => b.into_owned(),
            None if v.as_str().is_some() || matches!(v, Value::Int(_)) => {
                return Err(type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ))
            }
            None => {
                let items = vm.collect(v)?;
                let mut out = Vec::with_capacity(items.len());
                for it in items {
                    out.push(byte_value(vm, &it)?);
                }
                out
            }
        };
        let (start, stop, step, count) = crate::seq::slice_indices(vm, sl, n)?;
        let mut data = this(args)?.lock();
        if step == 1 {
            // Another thread may have shrunk the buffer since `n` was read.
            let start = (start as usize).min(data.len());
            let end = (stop.max(0) as usize).clamp(start, data.len());
            data.splice(start..end, src);
            return Ok(Value::None);
        }
        if src.len() != count {
            return Err(value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {count}",
                src.len()
            )));
        }
        for (i, b) in crate::seq::slice_positions(start, step, count).zip(src) {
            if let Some(slot) = data.get_mut(i) {
                *slot = b;
            }
        }
        return Ok(Value::None);
    }
    let i = index_of(vm, k, n)?;
    let b = byte_value(vm, v)?;
    let mut data = this(args)?.lock();
    match data.get_mut(i) {
        Some(slot) => *slot = b,
        None => return Err(index_error("bytearray index out of range")),
    }
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let k = one("__delitem__", args)?;
    let n = this(args)?.lock().len();
    if let Some(ObjData::Slice(sl)) = k.data() {
        let (start, _, step, count) = crate::seq::slice_indices(vm, sl, n)?;
        let drop: std::collections::HashSet<usize> =
            crate::seq::slice_positions(start, step, count).collect();
        let mut data = this(args)?.lock();
        let kept: Vec<u8> = data
            .iter()
            .enumerate()
            .filter(|(i, _)| !drop.contains(i))
            .map(|(_, b)| *b)
            .collect();
        *data = kept;
        return Ok(Value::None);
    }
    let i = index_of(vm, k, n)?;
    let mut data = this(args)?.lock();
    if i < data.len() {
        data.remove(i);
    }
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let items: Vec<Value> = this(args)?
        .lock()
        .iter()
        .map(|b| Value::Int(*b as i64))
        .collect();
    vm.get_iter(&crate::list::new_list(items))
}

fn contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let x = one("__contains__", args)?;
    let data = this(args)?.lock().clone();
    if let Some(n) = bytes_like(x) {
        return Ok(Value::Bool(
            n.is_empty() || data.windows(n.len()).any(|w| w == &n[..]),
        ));
    }
    if !crate::int::is_int_like(x) {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(x.class())
        )));
    }
    let b = byte_value(vm, x)?;
    Ok(Value::Bool(data.contains(&b)))
}

fn compare(args: &[Value], f: fn(std::cmp::Ordering) -> bool) -> PyResult {
    let a = this(args)?.lock().clone();
    match args.get(1).and_then(bytes_like) {
        Some(b) => Ok(Value::Bool(f(a.as_slice().cmp(&b)))),
        None => Ok(crate::singletons::not_implemented()),
    }
}

fn eq(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    compare(args, |o| o.is_eq())
}

fn ne(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    compare(args, |o| o.is_ne())
}

fn lt(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    compare(args, |o| o.is_lt())
}

fn le(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    compare(args, |o| o.is_le())
}

fn gt(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    compare(args, |o| o.is_gt())
}

fn ge(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    compare(args, |o| o.is_ge())
}

fn concat_err(v: &Value) -> crate::func::Exc {
    type_error(format!(
        "can't concat {} to bytearray",
        type_name(v.class())
    ))
}

fn add(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let x = one("__add__", args)?;
    let mut a = this(args)?.lock().clone();
    let b = bytes_like(x).ok_or_else(|| concat_err(x))?;
    a.extend_from_slice(&b);
    Ok(new_bytearray(a))
}

/// `b'..' + bytearray(..)` is bytes.
fn radd(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let x = one("__radd__", args)?;
    let a = this(args)?.lock().clone();
    let Some(ObjData::Bytes(b)) = x.data() else {
        return Ok(crate::singletons::not_implemented());
    };
    let mut out = b.to_vec();
    out.extend_from_slice(&a);
    Ok(crate::bytes::new_bytes(out))
}

fn iadd(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let x = one("__iadd__", args)?;
    let b = bytes_like(x).ok_or_else(|| concat_err(x))?.into_owned();
    this(args)?.lock().extend_from_slice(&b);
    Ok(args[0].clone())
}

fn times(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<u8>> {
    let x = one("__mul__", args)?;
    if !crate::int::is_int_like(x) {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(x.class())
        )));
    }
    let n = vm.index_value(x)?.max(0) as usize;
    let a = this(args)?.lock().clone();
    crate::exc::check_alloc(a.len().saturating_mul(n))?;
    Ok(a.repeat(n))
}

fn mul(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(new_bytearray(times(vm, args)?))
}

fn imul(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let r = times(vm, args)?;
    *this(args)?.lock() = r;
    Ok(args[0].clone())
}

fn repr(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let data = this(args)?.lock().clone();
    Ok(crate::pystr::new_string(format!(
        "bytearray({})",
        bytes_repr(&data)
    )))
}

fn append(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let x = one("append", args)?;
    let b = byte_value(vm, x)?;
    this(args)?.lock().push(b);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let x = one("extend", args)?;
    let add: Vec<u8> = match bytes_like(x) {
        Some(b) => b.into_owned(),
        None => {
            if x.as_str().is_some() {
                return Err(type_error("expected iterable of integers; got: 'str'"));
            }
            let items = vm.collect(x).map_err(|_| {
                type_error(format!(
                    "can't extend bytearray with {}",
                    type_name(x.class())
                ))
            })?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                out.push(byte_value(vm, &it)?);
            }
            out
        }
    };
    this(args)?.lock().extend_from_slice(&add);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("pop", &args[1.min(args.len())..], 0, 1)?;
    let i = match args.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let mut data = this(args)?.lock();
    if data.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let Some(i) = crate::seq::norm_index(i, data.len()) else {
        return Err(index_error("pop index out of range"));
    };
    Ok(Value::Int(data.remove(i) as i64))
}

fn insert(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("insert", &args[1.min(args.len())..], 2, 2)?;
    let i = vm.index_value(&args[1])?;
    let b = byte_value(vm, &args[2])?;
    let mut data = this(args)?.lock();
    let n = data.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    data.insert(pos as usize, b);
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let x = one("remove", args)?;
    let b = byte_value(vm, x)?;
    let mut data = this(args)?.lock();
    match data.iter().position(|c| *c == b) {
        Some(i) => {
            data.remove(i);
            Ok(Value::None)
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn clear(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    this(args)?.lock().clear();
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(new_bytearray(this(args)?.lock().clone()))
}

fn reverse(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    this(args)?.lock().reverse();
    Ok(Value::None)
}
