//! Sequence helpers shared by list, tuple, str, bytes and range: snapshots, indexing,
//! slicing with Python's index rules, repetition, and range arithmetic.

use num_bigint::BigInt;

use crate::exc::{index_error, type_error};
use crate::func::PyResult;
use crate::int::as_bigint;
use crate::object::ObjData;
use crate::types::type_name;
use crate::value::Value;
use crate::vm::Vm;

/// The items of a list or tuple, copied out so no lock is held while using them.
pub fn snapshot(v: &Value) -> Vec<Value> {
    match v.data() {
        Some(ObjData::List(l)) => l.lock().clone(),
        Some(ObjData::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

pub fn item_at(v: &Value, i: usize) -> Option<Value> {
    match v.data()? {
        ObjData::List(l) => l.lock().get(i).cloned(),
        ObjData::Tuple(t) => t.get(i).cloned(),
        _ => None,
    }
}

pub fn seq_len(v: &Value) -> Option<usize> {
    match v.data()? {
        ObjData::List(l) => Some(l.lock().len()),
        ObjData::Tuple(t) => Some(t.len()),
        ObjData::Str(s) => Some(s.char_len()),
        ObjData::Bytes(b) => Some(b.len()),
        ObjData::Dict(d) => Some(d.lock().len()),
        ObjData::Set(d) => Some(d.lock().len()),
        ObjData::Range(..) => Some(range_len(v) as usize),
        _ => None,
    }
}

/// Normalizes an index for a sequence of `len`; `None` if out of range.
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        None
    } else {
        Some(j as usize)
    }
}

/// CPython's `PySlice_AdjustIndices`: start, stop, step, and the slice length.
pub fn slice_indices(vm: &mut Vm, sl: &[Value; 3], len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let len = len as i64;
    let step = match &sl[2] {
        Value::None => 1,
        v => vm.index_value(v).map_err(|_| slice_err())?,
    };
    if step == 0 {
        return Err(crate::exc::value_error("slice step cannot be zero"));
    }
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |vm: &mut Vm, v: &Value, dflt: i64| -> PyResult<i64> {
        match v {
            Value::None => Ok(dflt),
            v => {
                let i = match vm.index_value(v) {
                    Ok(i) => i,
                    Err(_) if crate::int::is_int_like(v) => {
                        if as_bigint(v).is_some_and(|b| b < BigInt::from(0)) {
                            i64::MIN / 2
                        } else {
                            i64::MAX / 2
                        }
                    }
                    Err(_) => return Err(slice_err()),
                };
                let i = if i < 0 { i + len } else { i };
                Ok(i.clamp(lo, hi))
            }
        }
    };
    let start = clamp(vm, &sl[0], if step < 0 { hi } else { lo })?;
    let stop = clamp(vm, &sl[1], if step < 0 { lo } else { hi })?;
    let n = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}

fn slice_err() -> crate::func::Exc {
    type_error("slice indices must be integers or None or have an __index__ method")
}

pub fn slice_positions(start: i64, step: i64, n: usize) -> impl Iterator<Item = usize> {
    (0..n).map(move |k| (start + k as i64 * step) as usize)
}

pub fn repeat(v: &Value, n: i64) -> PyResult {
    let n = n.max(0) as usize;
    match v.data() {
        Some(ObjData::Str(s)) => {
            crate::exc::check_alloc(s.as_str().len().saturating_mul(n))?;
            Ok(crate::pystr::new_string(s.as_str().repeat(n)))
        }
        Some(ObjData::List(_) | ObjData::Tuple(_)) => {
            let items = snapshot(v);
            let item = std::mem::size_of::<Value>();
            crate::exc::check_alloc(items.len().saturating_mul(n).saturating_mul(item))?;
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            Ok(if matches!(v.data(), Some(ObjData::List(_))) {
                crate::list::new_list(out)
            } else {
                crate::tuple::new_tuple(out)
            })
        }
        Some(ObjData::Bytes(b)) => {
            crate::exc::check_alloc(b.len().saturating_mul(n))?;
            Ok(crate::bytes::new_bytes(b.repeat(n)))
        }
        _ => Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(v.class())
        ))),
    }
}

pub fn range_len(v: &Value) -> i64 {
    match v.data() {
        Some(ObjData::Range(start, stop, step)) => {
            let (start, stop, step) = (*start as i128, *stop as i128, *step as i128);
            let n = if step > 0 && stop > start {
                (stop - start - 1) / step + 1
            } else if step < 0 && start > stop {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            };
            n as i64
        }
        _ => 0,
    }
}

pub fn range_contains(vm: &mut Vm, r: &Value, item: &Value) -> PyResult<bool> {
    let Some(ObjData::Range(start, _, step)) = r.data() else {
        return Ok(false);
    };
    if crate::int::is_int_like(item) {
        return Ok(range_position(r, item).is_some());
    }
    for k in 0..range_len(r) {
        if vm.eq(&Value::Int(start + k * step), item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `slice.indices(len)`: CPython's `PySlice_GetIndicesEx` result as a tuple.
fn slice_indices_method(vm: &mut Vm, args: &[Value], _kw: crate::func::KwArgs) -> PyResult {
    crate::argparse::nargs("indices", args, 2, 2)?;
    let Some(ObjData::Slice(sl)) = args[0].data() else {
        return Err(type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let n = vm.index_value(&args[1])?;
    if n < 0 {
        return Err(crate::exc::value_error("length should not be negative"));
    }
    let (start, stop, step, _) = slice_indices(vm, sl, n as usize)?;
    Ok(crate::tuple::new_tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

pub fn index_err(kind: &str) -> crate::func::Exc {
    index_error(format!("{kind} index out of range"))
}

fn range_parts(v: &Value) -> (i64, i64, i64) {
    match v.data() {
        Some(ObjData::Range(a, b, c)) => (*a, *b, *c),
        _ => (0, 0, 1),
    }
}

/// CPython's range hash: the tuple `(len, start, step)`, with `None` for what a range
/// of length 0 or 1 does not depend on.
pub fn range_hash_key(v: &Value) -> Vec<Value> {
    let (start, _, step) = range_parts(v);
    let n = range_len(v);
    match n {
        0 => vec![Value::Int(0), Value::None, Value::None],
        1 => vec![Value::Int(1), Value::Int(start), Value::None],
        _ => vec![Value::Int(n), Value::Int(start), Value::Int(step)],
    }
}

/// Ranges are equal when they hold the same sequence of numbers.
pub fn range_eq(a: &Value, b: &Value) -> bool {
    range_hash_key(a)
        .iter()
        .zip(range_hash_key(b).iter())
        .all(|(x, y)| x.is(y))
}

/// `reversed(range)`: a range iterator counting down.
pub fn range_reversed(v: &Value) -> PyResult {
    use std::sync::atomic::AtomicI64;
    let (start, _, step) = range_parts(v);
    let n = range_len(v);
    let last = start as i128 + (n as i128 - 1) * step as i128;
    let stop = start as i128 - step as i128;
    let (Ok(last), Ok(stop), Some(nstep)) =
        (i64::try_from(last), i64::try_from(stop), step.checked_neg())
    else {
        return Err(crate::exc::overflow_error(
            "Python int too large to convert to C ssize_t",
        ));
    };
    let (cur, stop) = if n == 0 { (0, 0) } else { (last, stop) };
    Ok(crate::object::alloc(
        crate::types::types().range_iterator,
        ObjData::RangeIter(crate::object::RangeIter {
            cur: AtomicI64::new(cur),
            stop,
            step: nstep,
        }),
    ))
}

/// The position of an int in the range, if it is one of its numbers.
fn range_position(v: &Value, item: &Value) -> Option<i64> {
    let (start, stop, step) = range_parts(v);
    let i = crate::int::as_i64(item)?;
    if !crate::int::is_int_like(item) {
        return None;
    }
    let inside = if step > 0 {
        i >= start && i < stop
    } else {
        i <= start && i > stop
    };
    let off = i as i128 - start as i128;
    (inside && off % step as i128 == 0).then(|| (off / step as i128) as i64)
}

fn range_index(vm: &mut Vm, args: &[Value], _kw: crate::func::KwArgs) -> PyResult {
    crate::argparse::nargs("index", args, 2, 2)?;
    let (r, item) = (&args[0], &args[1]);
    if crate::int::is_int_like(item) {
        return match range_position(r, item) {
            Some(p) => Ok(Value::Int(p)),
            None => Err(crate::exc::value_error(format!(
                "{} is not in range",
                vm.repr(item)?
            ))),
        };
    }
    let (start, _, step) = range_parts(r);
    for k in 0..range_len(r) {
        if vm.eq(&Value::Int(start + k * step), item)? {
            return Ok(Value::Int(k));
        }
    }
    Err(crate::exc::value_error(
        "sequence.index(x): x not in sequence",
    ))
}

fn range_count(vm: &mut Vm, args: &[Value], _kw: crate::func::KwArgs) -> PyResult {
    crate::argparse::nargs("count", args, 2, 2)?;
    let (r, item) = (&args[0], &args[1]);
    if crate::int::is_int_like(item) {
        return Ok(Value::Int(range_position(r, item).is_some() as i64));
    }
    let (start, _, step) = range_parts(r);
    let mut n = 0;
    for k in 0..range_len(r) {
        if vm.eq(&Value::Int(start + k * step), item)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn range_reversed_method(_vm: &mut Vm, args: &[Value], _kw: crate::func::KwArgs) -> PyResult {
    crate::argparse::nargs("__reversed__", args, 1, 1)?;
    range_reversed(&args[0])
}

/// `range.index`, `range.count`, `range.__reversed__`.
pub fn register_range_methods() {
    let t = crate::types::types().range;
    crate::type_methods::reg(t, "index", range_index);
    crate::type_methods::reg(t, "count", range_count);
    crate::type_methods::reg(t, "__reversed__", range_reversed_method);
    crate::type_methods::reg(crate::types::types().slice, "indices", slice_indices_method);
}
