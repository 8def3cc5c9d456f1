//! Subscription: `c[k]`, `c[k] = v`, `del c[k]` for the built-in containers (with
//! slices) and `__getitem__` / `__setitem__` / `__delitem__` / `__class_getitem__`.

use crate::exc::{key_error, type_error};
use crate::func::PyResult;
use crate::object::ObjData;
use crate::seq::*;
use crate::types::{lookup, type_name};
use crate::value::Value;
use crate::vm::Vm;

/// `c[i]` for an exact list or tuple (a subclass may override `__getitem__`) and an
/// in-range int: the eval loop's fast path.
#[inline(always)]
pub fn index_fast(o: &crate::objref::ObjRef, i: i64) -> Option<Value> {
    let t = crate::types::types();
    if !std::ptr::eq(o.cls(), t.list) && !std::ptr::eq(o.cls(), t.tuple) {
        return None;
    }
    match &o.data {
        ObjData::List(l) => {
            let g = l.lock();
            norm_index(i, g.len()).map(|j| g[j].clone())
        }
        ObjData::Tuple(t) => norm_index(i, t.len()).map(|j| t[j].clone()),
        _ => None,
    }
}

/// `c[i] = v` for an exact list (a subclass may override `__setitem__`) and an in-range
/// int: the eval loop's fast path. Gives `v` back when it does not apply.
#[inline(always)]
pub fn store_index_fast(o: &crate::objref::ObjRef, i: i64, v: Value) -> Result<(), Value> {
    if !std::ptr::eq(o.cls(), crate::types::types().list) {
        return Err(v);
    }
    let ObjData::List(l) = &o.data else {
        return Err(v);
    };
    let mut g = l.lock();
    let Some(j) = norm_index(i, g.len()) else {
        return Err(v);
    };
    let old = std::mem::replace(&mut g[j], v);
    drop(g);
    // Freed after the lock is released.
    drop(old);
    Ok(())
}

impl Vm {
    pub fn get_item(&mut self, c: &Value, k: &Value) -> PyResult {
        if let Some(r) = self.override_call(c, "__getitem__", || vec![k.clone()])? {
            return Ok(r);
        }
        self.get_item_native(c, k)
    }

    /// `c[k]` by the payload's own rules (what `list.__getitem__` does).
    pub fn get_item_native(&mut self, c: &Value, k: &Value) -> PyResult {
        let Value::Obj(o) = c else {
            return Err(not_subscriptable(c));
        };
        match (&o.data, k) {
            (ObjData::List(l), Value::Int(i)) => {
                let l = l.lock();
                norm_index(*i, l.len())
                    .map(|j| l[j].clone())
                    .ok_or_else(|| index_err("list"))
            }
            (ObjData::Tuple(t), Value::Int(i)) => norm_index(*i, t.len())
                .map(|j| t[j].clone())
                .ok_or_else(|| index_err("tuple")),
            (ObjData::Dict(_), _) => match self.dict_get(c, k)? {
                Some(v) => Ok(v),
                None => self.dict_missing(c, k),
            },
            (ObjData::Str(s), Value::Int(i)) => {
                let j = norm_index(*i, s.char_len()).ok_or_else(|| index_err("string"))?;
                let ch = s.char_at(j).unwrap_or(' ');
                Ok(crate::pystr::new_string(ch.to_string()))
            }
            (ObjData::Bytes(b), Value::Int(i)) => {
                let j = norm_index(*i, b.len())
                    .ok_or_else(|| crate::exc::index_error("index out of range"))?;
                Ok(Value::Int(b[j] as i64))
            }
            (ObjData::Range(start, _, step), Value::Int(i)) => {
                let j = norm_index(*i, range_len(c) as usize)
                    .ok_or_else(|| index_err("range object"))?;
                Ok(Value::Int(start + j as i64 * step))
            }
            (_, _) if matches!(k.data(), Some(ObjData::Slice(_))) && is_builtin_seq(c) => {
                self.get_slice(c, k)
            }
            (
                ObjData::List(_)
                | ObjData::Tuple(_)
                | ObjData::Str(_)
                | ObjData::Bytes(_)
                | ObjData::Range(..),
                _,
            ) => match k {
                Value::Bool(b) => self.get_item_native(c, &Value::Int(*b as i64)),
                _ if crate::int::as_i64(k).is_some() => {
                    let i = crate::int::as_i64(k).unwrap_or(0);
                    self.get_item_native(c, &Value::Int(i))
                }
                _ if crate::int::is_int_like(k) => Err(crate::exc::index_error(
                    "cannot fit 'int' into an index-sized integer",
                )),
                _ if lookup(k.class(), "__index__").is_some() => {
                    let i = self.index_value(k)?;
                    self.get_item_native(c, &Value::Int(i))
                }
                _ => Err(type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    seq_word(c),
                    type_name(k.class())
                ))),
            },
            (ObjData::Type(_), _) => {
                if let Some(f) = lookup(o.as_static().map_or(c.class(), |t| t), "__class_getitem__")
                {
                    let f = self.bind_class_method(&f, c);
                    return self.call(&f, vec![k.clone()]);
                }
                Ok(c.clone())
            }
            _ => match self.call_special(c, "__getitem__", vec![k.clone()])? {
                Some(v) => Ok(v),
                None => Err(not_subscriptable(c)),
            },
        }
    }

    fn dict_missing(&mut self, c: &Value, k: &Value) -> PyResult {
        if !std::ptr::eq(c.class(), crate::types::types().dict) {
            if let Some(v) = self.call_special(c, "__missing__", vec![k.clone()])? {
                return Ok(v);
            }
        }
        Err(key_error(k.clone()))
    }

    fn get_slice(&mut self, c: &Value, k: &Value) -> PyResult {
        let Some(ObjData::Slice(sl)) = k.data() else {
            return Err(type_error("expected a slice"));
        };
        let len = seq_len(c).unwrap_or(0);
        let (start, stop, step, n) = slice_indices(self, sl, len)?;
        match c.data() {
            Some(ObjData::Str(s)) => {
                if s.is_ascii() {
                    let b = s.as_str().as_bytes();
                    let out: String = slice_positions(start, step, n)
                        .map(|i| b[i] as char)
                        .collect();
                    return Ok(crate::pystr::new_string(out));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                let out: String = slice_positions(start, step, n).map(|i| chars[i]).collect();
                Ok(crate::pystr::new_string(out))
            }
            Some(ObjData::Bytes(b)) => Ok(crate::bytes::new_bytes(
                slice_positions(start, step, n).map(|i| b[i]).collect(),
            )),
            Some(ObjData::Range(rs, _, rstep)) => {
                // CPython: the slice's own stop index mapped through the range.
                let _ = n;
                let at = |i: i64| i.checked_mul(*rstep).and_then(|x| x.checked_add(*rs));
                let overflow =
                    || crate::exc::overflow_error("Python int too large to convert to C ssize_t");
                let nstart = at(start).ok_or_else(overflow)?;
                let nstop = at(stop).ok_or_else(overflow)?;
                let nstep = rstep.checked_mul(step).ok_or_else(overflow)?;
                Ok(crate::object::alloc(
                    crate::types::types().range,
                    ObjData::Range(nstart, nstop, nstep),
                ))
            }
            Some(ObjData::List(l)) => {
                let out = slice_items(&l.lock(), start, step, n);
                Ok(crate::list::new_list(out))
            }
            Some(ObjData::Tuple(t)) => Ok(crate::tuple::new_tuple(slice_items(t, start, step, n))),
            _ => Err(type_error("expected a sequence")),
        }
    }

    pub fn set_item(&mut self, c: &Value, k: Value, v: Value) -> PyResult<()> {
        if crate::subclass::is_heap_builtin(c) {
            let (k2, v2) = (k.clone(), v.clone());
            if self
                .override_call(c, "__setitem__", || vec![k2, v2])?
                .is_some()
            {
                return Ok(());
            }
        }
        self.set_item_native(c, k, v)
    }

    /// `c[k] = v` by the payload's own rules.
    pub fn set_item_native(&mut self, c: &Value, k: Value, v: Value) -> PyResult<()> {
        match (c.data(), &k) {
            (Some(ObjData::List(l)), Value::Int(i)) => {
                let mut g = l.lock();
                let j = norm_index(*i, g.len())
                    .ok_or_else(|| crate::exc::index_error("list assignment index out of range"))?;
                let old = std::mem::replace(&mut g[j], v);
                drop(g);
                drop(old);
                Ok(())
            }
            (Some(ObjData::Dict(_)), _) => self.dict_set(c, k, v),
            (Some(ObjData::List(_)), _) if matches!(k.data(), Some(ObjData::Slice(_))) => {
                self.set_slice(c, &k, v)
            }
            (Some(ObjData::List(_)), _) => {
                let i = self.index_value(&k).map_err(|_| {
                    type_error(format!(
                        "list indices must be integers or slices, not {}",
                        type_name(k.class())
                    ))
                })?;
                self.set_item_native(c, Value::Int(i), v)
            }
            _ => match self.call_special(c, "__setitem__", vec![k, v])? {
                Some(_) => Ok(()),
                None => Err(type_error(format!(
                    "'{}' object does not support item assignment",
                    type_name(c.class())
                ))),
            },
        }
    }

    fn set_slice(&mut self, c: &Value, k: &Value, v: Value) -> PyResult<()> {
        let Some(ObjData::Slice(sl)) = k.data() else {
            return Ok(());
        };
        let new = self.collect(&v)?;
        let Some(ObjData::List(l)) = c.data() else {
            return Ok(());
        };
        let len = l.lock().len();
        let (start, stop, step, n) = slice_indices(self, sl, len)?;
        let mut g = l.lock();
        if step == 1 {
            let stop = stop.max(start) as usize;
            let end = stop.min(g.len());
            g.splice(start as usize..end, new);
            return Ok(());
        }
        if new.len() != n {
            return Err(crate::exc::value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {n}",
                new.len()
            )));
        }
        for (i, val) in slice_positions(start, step, n).zip(new) {
            g[i] = val;
        }
        Ok(())
    }

    pub fn del_item(&mut self, c: &Value, k: &Value) -> PyResult<()> {
        if self
            .override_call(c, "__delitem__", || vec![k.clone()])?
            .is_some()
        {
            return Ok(());
        }
        self.del_item_native(c, k)
    }

    /// `del c[k]` by the payload's own rules.
    pub fn del_item_native(&mut self, c: &Value, k: &Value) -> PyResult<()> {
        match (c.data(), k) {
            (Some(ObjData::List(l)), Value::Int(i)) => {
                let mut g = l.lock();
                let j = norm_index(*i, g.len())
                    .ok_or_else(|| crate::exc::index_error("list assignment index out of range"))?;
                let old = g.remove(j);
                drop(g);
                drop(old);
                Ok(())
            }
            (Some(ObjData::List(l)), _) if matches!(k.data(), Some(ObjData::Slice(_))) => {
                let Some(ObjData::Slice(sl)) = k.data() else {
                    return Ok(());
                };
                let len = l.lock().len();
                let (start, _, step, n) = slice_indices(self, sl, len)?;
                let mut idx: Vec<usize> = slice_positions(start, step, n).collect();
                idx.sort_unstable();
                let mut g = l.lock();
                for i in idx.into_iter().rev() {
                    if i < g.len() {
                        g.remove(i);
                    }
                }
                Ok(())
            }
            (Some(ObjData::Dict(_)), _) => self.dict_del(c, k),
            _ => match self.call_special(c, "__delitem__", vec![k.clone()])? {
                Some(_) => Ok(()),
                None => Err(type_error(format!(
                    "'{}' object doesn't support item deletion",
                    type_name(c.class())
                ))),
            },
        }
    }
}

/// The items a slice selects (the sequence may have shrunk since the indices were
/// computed: an `__index__` can mutate it).
fn slice_items(items: &[Value], start: i64, step: i64, n: usize) -> Vec<Value> {
    if step == 1 {
        let lo = (start.max(0) as usize).min(items.len());
        let hi = lo.saturating_add(n).min(items.len());
        return items[lo..hi].to_vec();
    }
    slice_positions(start, step, n)
        .filter_map(|i| items.get(i).cloned())
        .collect()
}

fn is_builtin_seq(c: &Value) -> bool {
    matches!(
        c.data(),
        Some(
            ObjData::List(_)
                | ObjData::Tuple(_)
                | ObjData::Str(_)
                | ObjData::Bytes(_)
                | ObjData::Range(..)
        )
    )
}

fn seq_word(c: &Value) -> &'static str {
    match c.data() {
        Some(ObjData::List(_)) => "list",
        Some(ObjData::Tuple(_)) => "tuple",
        Some(ObjData::Str(_)) => "string",
        Some(ObjData::Range(..)) => "range",
        _ => "byte",
    }
}

fn not_subscriptable(c: &Value) -> crate::func::Exc {
    type_error(format!(
        "'{}' object is not subscriptable",
        type_name(c.class())
    ))
}
