//! `sorted()` and `list.sort()`: a stable sort that only asks "less than?", with
//! CPython's fast paths for lists whose keys are all ints, all floats, all strs, or
//! tuples (compared element by element without building a comparison result).

use std::cmp::Ordering;

use crate::bytecode::CmpOp;
use crate::func::PyResult;
use crate::object::ObjData;
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;

/// Sorts `items` in place by `key(item)` (or the items themselves), stably; `reverse`
/// keeps equal items in their original order, as CPython's does. On an error (a key
/// function or `__lt__` raising) `items` holds some permutation of what it held.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    if items.len() < 2 && key.is_none() {
        return Ok(());
    }
    let mut keys: Option<Vec<Value>> = match &key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(vm.call(f, vec![it.clone()])?);
            }
            Some(ks)
        }
        None => None,
    };
    // CPython sorts a reversed list stably and reverses the result, so equal items
    // keep their original order either way.
    if reverse {
        items.reverse();
        if let Some(k) = &mut keys {
            k.reverse();
        }
    }
    let order = {
        let keyed = keys.is_some();
        let keys: &[Value] = keys.as_deref().unwrap_or(items);
        if keys.is_empty() {
            return Ok(());
        }
        match sort_order(vm, keys, keyed) {
            Ok(order) => order,
            Err((order, e)) => {
                permute(items, &order);
                return Err(e);
            }
        }
    };
    match order {
        // Ints are indistinguishable when equal, so sort them by value alone.
        Order::Ints(mut v) => {
            v.sort_unstable();
            for (slot, x) in items.iter_mut().zip(v) {
                *slot = Value::Int(x);
            }
        }
        Order::Perm(order) => permute(items, &order),
    }
    if reverse {
        items.reverse();
    }
    Ok(())
}

enum Order {
    /// The items are exactly these ints (no key function).
    Ints(Vec<i64>),
    /// The new order as indices into the old one.
    Perm(Vec<u32>),
}

type Failed = (Vec<u32>, crate::func::Exc);

/// Puts `items` in the order `order` (indices of the old positions).
fn permute(items: &mut Vec<Value>, order: &[u32]) {
    let mut old: Vec<Value> = std::mem::take(items);
    items.extend(
        order
            .iter()
            .map(|&i| std::mem::replace(&mut old[i as usize], Value::None)),
    );
}

/// The stable sorted order of `keys`: a total order of (key, position) where every key
/// has one native type, otherwise a merge sort asking Python's `<`.
fn sort_order(vm: &mut Vm, keys: &[Value], keyed: bool) -> Result<Order, Failed> {
    let n = keys.len();
    let first = &keys[0];
    let same = |pred: &dyn Fn(&Value) -> bool| keys.iter().all(pred);
    if matches!(first, Value::Int(_)) && same(&|k| matches!(k, Value::Int(_))) {
        let ints = keys.iter().map(|k| match k {
            Value::Int(i) => *i,
            _ => 0,
        });
        if !keyed {
            return Ok(Order::Ints(ints.collect()));
        }
        let mut v: Vec<(i64, u32)> = ints.zip(0..n as u32).collect();
        v.sort_unstable();
        return Ok(Order::Perm(v.into_iter().map(|p| p.1).collect()));
    }
    if matches!(first, Value::Float(_)) && same(&|k| matches!(k, Value::Float(f) if !f.is_nan())) {
        let mut v: Vec<(f64, u32)> = keys
            .iter()
            .zip(0..n as u32)
            .map(|(k, i)| match k {
                Value::Float(f) => (*f, i),
                _ => (0.0, i),
            })
            .collect();
        // No NaN: `partial_cmp` is total (and -0.0 == 0.0 keeps their order).
        v.sort_unstable_by(|a, b| {
            a.0.partial_cmp(&b.0)
                .unwrap_or(Ordering::Equal)
                .then(a.1.cmp(&b.1))
        });
        return Ok(Order::Perm(v.into_iter().map(|p| p.1).collect()));
    }
    if first.as_str().is_some() && same(&|k| is_exact_str(k)) {
        let mut v: Vec<(&str, u32)> = keys
            .iter()
            .zip(0..n as u32)
            .map(|(k, i)| (k.as_str().unwrap_or(""), i))
            .collect();
        // UTF-8 byte order is code point order, which is how Python orders str.
        v.sort_unstable();
        return Ok(Order::Perm(v.into_iter().map(|p| p.1).collect()));
    }
    let mut order: Vec<u32> = (0..n as u32).collect();
    let r = merge_sort(&mut order, &mut |&a: &u32, &b: &u32| {
        less(vm, &keys[a as usize], &keys[b as usize])
    });
    match r {
        Ok(()) => Ok(Order::Perm(order)),
        Err(e) => Err((order, e)),
    }
}

fn is_exact_str(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.data, ObjData::Str(_))
        && std::ptr::eq(o.cls(), types().str))
}

/// `x < y` as Python decides it, with the native cases inline.
pub fn less(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
    match (x, y) {
        (Value::Int(p), Value::Int(q)) => Ok(p < q),
        (Value::Float(p), Value::Float(q)) => Ok(p < q),
        (Value::Obj(a), Value::Obj(b)) => match (&a.data, &b.data) {
            (ObjData::Str(s), ObjData::Str(t)) if is_exact_str(x) && is_exact_str(y) => {
                Ok(s.as_str() < t.as_str())
            }
            (ObjData::Tuple(p), ObjData::Tuple(q))
                if std::ptr::eq(a.cls(), types().tuple) && std::ptr::eq(b.cls(), types().tuple) =>
            {
                tuple_less(vm, p, q)
            }
            _ => slow_less(vm, x, y),
        },
        _ => slow_less(vm, x, y),
    }
}

fn slow_less(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
    let r = vm.compare(CmpOp::Lt, x, y)?;
    match r {
        Value::Bool(b) => Ok(b),
        _ => vm.truthy(&r),
    }
}

/// Tuple `<`: the first items that are not equal decide (identity counts as equal,
/// as in CPython); otherwise the shorter tuple is less.
fn tuple_less(vm: &mut Vm, a: &[Value], b: &[Value]) -> PyResult<bool> {
    for (p, q) in a.iter().zip(b.iter()) {
        if p.is(q) {
            continue;
        }
        let equal = match crate::dict::native_eq(p, q) {
            Some(e) => e,
            None => vm.eq(p, q)?,
        };
        if !equal {
            return less(vm, p, q);
        }
    }
    Ok(a.len() < b.len())
}

/// Runs shorter than this are extended by binary insertion sort before merging.
const MIN_RUN: usize = 32;

/// A stable natural merge sort (Timsort's run detection and merge order, without
/// galloping) over `Copy` items with a fallible `less`. It never panics whatever
/// `less` answers; on an error `v` holds a permutation of its items.
pub fn merge_sort<T: Copy, E>(
    v: &mut [T],
    less: &mut impl FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    let n = v.len();
    let mut runs: Vec<(usize, usize)> = Vec::new(); // (start, len)
    let mut buf: Vec<T> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let mut hi = lo + 1;
        if hi < n {
            if less(&v[hi], &v[hi - 1])? {
                while hi + 1 < n && less(&v[hi + 1], &v[hi])? {
                    hi += 1;
                }
                hi += 1;
                v[lo..hi].reverse();
            } else {
                while hi + 1 < n && !less(&v[hi + 1], &v[hi])? {
                    hi += 1;
                }
                hi += 1;
            }
        }
        let end = (lo + MIN_RUN).min(n);
        if hi < end {
            insertion_sort(&mut v[lo..end], hi - lo, less)?;
            hi = end;
        }
        runs.push((lo, hi - lo));
        collapse(v, &mut runs, &mut buf, less, false)?;
        lo = hi;
    }
    collapse(v, &mut runs, &mut buf, less, true)
}

/// Binary insertion of `v[sorted..]` into the sorted prefix `v[..sorted]`.
fn insertion_sort<T: Copy, E>(
    v: &mut [T],
    sorted: usize,
    less: &mut impl FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    for i in sorted.max(1)..v.len() {
        let x = v[i];
        let (mut l, mut r) = (0, i);
        while l < r {
            let m = (l + r) / 2;
            if less(&x, &v[m])? {
                r = m;
            } else {
                l = m + 1;
            }
        }
        v.copy_within(l..i, l + 1);
        v[l] = x;
    }
    Ok(())
}

/// Merges runs while Timsort's stack invariants fail (all of them when `all`).
fn collapse<T: Copy, E>(
    v: &mut [T],
    runs: &mut Vec<(usize, usize)>,
    buf: &mut Vec<T>,
    less: &mut impl FnMut(&T, &T) -> Result<bool, E>,
    all: bool,
) -> Result<(), E> {
    while runs.len() > 1 {
        let k = runs.len();
        let len = |i: usize| runs[i].1;
        let at = if all {
            k - 2
        } else if (k >= 3 && len(k - 3) <= len(k - 2) + len(k - 1))
            || (k >= 4 && len(k - 4) <= len(k - 3) + len(k - 2))
        {
            if len(k - 3) < len(k - 1) {
                k - 3
            } else {
                k - 2
            }
        } else if len(k - 2) <= len(k - 1) {
            k - 2
        } else {
            break;
        };
        let (a, alen) = runs[at];
        let blen = runs[at + 1].1;
        merge(&mut v[a..a + alen + blen], alen, buf, less)?;
        runs[at] = (a, alen + blen);
        runs.remove(at + 1);
    }
    Ok(())
}

/// Merges the sorted halves `v[..mid]` and `v[mid..]` (left items first on ties).
fn merge<T: Copy, E>(
    v: &mut [T],
    mid: usize,
    buf: &mut Vec<T>,
    less: &mut impl FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    // Already in order: the common case for nearly sorted input.
    if !less(&v[mid], &v[mid - 1])? {
        return Ok(());
    }
    buf.clear();
    buf.extend_from_slice(&v[..mid]);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < buf.len() && j < v.len() {
        match less(&v[j], &buf[i]) {
            Ok(true) => {
                v[k] = v[j];
                j += 1;
            }
            Ok(false) => {
                v[k] = buf[i];
                i += 1;
            }
            Err(e) => {
                // Positions k..j are free: put the rest of the left run back.
                v[k..k + buf.len() - i].copy_from_slice(&buf[i..]);
                return Err(e);
            }
        }
        k += 1;
    }
    v[k..k + buf.len() - i].copy_from_slice(&buf[i..]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::merge_sort;

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn merge_sort_is_stable_and_sorted() {
        let mut seed = 7;
        for n in [0, 1, 2, 5, 31, 32, 33, 100, 1000, 5000] {
            for modulus in [3, 50, 1 << 30] {
                let mut v: Vec<(u64, usize)> =
                    (0..n).map(|i| (lcg(&mut seed) % modulus, i)).collect();
                let mut want = v.clone();
                want.sort_by_key(|p| p.0);
                merge_sort(&mut v, &mut |a: &(u64, usize), b: &(u64, usize)| {
                    Ok::<bool, ()>(a.0 < b.0)
                })
                .unwrap_or(());
                assert_eq!(v, want, "n={n} mod={modulus}");
            }
        }
    }

    #[test]
    fn merge_sort_survives_inconsistent_less_and_errors() {
        let mut seed = 3;
        let mut v: Vec<u32> = (0..500).collect();
        merge_sort(&mut v, &mut |_: &u32, _: &u32| {
            Ok::<bool, ()>(lcg(&mut seed) % 2 == 0)
        })
        .unwrap_or(());
        let mut s = v.clone();
        s.sort();
        assert_eq!(s, (0..500).collect::<Vec<u32>>());
        // Errors at many points (run detection, insertion, merging) leave a permutation.
        for stop in [1, 50, 700, 2000, 3500] {
            let mut calls = 0;
            let mut v: Vec<u32> = (0..500).map(|i| (i * 7919) % 500).collect();
            let r = merge_sort(&mut v, &mut |a: &u32, b: &u32| {
                calls += 1;
                if calls == stop {
                    Err(())
                } else {
                    Ok(a < b)
                }
            });
            assert!(r.is_err(), "stop={stop}");
            v.sort();
            assert_eq!(v, (0..500).collect::<Vec<u32>>());
        }
    }
}
