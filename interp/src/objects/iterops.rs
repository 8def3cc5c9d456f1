//! The iteration protocol: `iter()`, `next()` on native and user iterators, collecting
//! an iterable, and unpacking into assignment targets.

use std::sync::atomic::AtomicI64;

use parking_lot::Mutex;

use crate::exc::{is_instance_of, type_error, value_error};
use crate::frame::Frame;
use crate::func::PyResult;
use crate::gen_ops::GenStep;
use crate::iter::IterState;
use crate::object::{alloc, ObjData, RangeIter};
use crate::types::{lookup, type_name, types};
use crate::value::Value;
use crate::vm::Vm;

/// The next item of a range, list or tuple iterator (`Some(None)` when exhausted);
/// `None` for any other iterator. The eval loop's `for x in seq` fast path.
#[inline(always)]
pub fn seq_iter_next(it: &Value) -> Option<Option<Value>> {
    let st = match it.data() {
        Some(ObjData::Iter(st)) => st,
        Some(ObjData::RangeIter(r)) => {
            use std::sync::atomic::Ordering::Relaxed;
            let cur = r.cur.load(Relaxed);
            if (r.step > 0 && cur < r.stop) || (r.step < 0 && cur > r.stop) {
                r.cur.store(cur + r.step, Relaxed);
                return Some(Some(Value::Int(cur)));
            }
            return Some(None);
        }
        _ => return None,
    };
    let mut g = st.lock();
    let IterState::Seq { seq, idx } = &mut *g else {
        return None;
    };
    let r = match seq.data() {
        Some(ObjData::List(l)) => l.lock().get(*idx).cloned(),
        Some(ObjData::Tuple(t)) => t.get(*idx).cloned(),
        _ => return None,
    };
    match r {
        Some(_) => *idx += 1,
        None => *g = IterState::Done,
    }
    Some(r)
}

pub fn new_iter(state: IterState) -> Value {
    let k = crate::iter::default_kind(&state);
    new_iter_of(k, state)
}

/// An iterator of the named kind (`crate::iter::kind`), e.g. `reversed` of a tuple.
pub fn new_iter_of(k: usize, state: IterState) -> Value {
    alloc(crate::iter::iter_type(k), ObjData::Iter(Mutex::new(state)))
}

impl Vm {
    pub fn get_iter(&mut self, v: &Value) -> PyResult {
        if let Some(it) = self.override_call(v, "__iter__", Vec::new)? {
            return self.check_iterator(it);
        }
        self.get_iter_native(v)
    }

    fn check_iterator(&mut self, it: Value) -> PyResult {
        if lookup(it.class(), "__next__").is_none()
            && !matches!(
                it.data(),
                Some(ObjData::Iter(_) | ObjData::RangeIter(_) | ObjData::Generator(_))
            )
        {
            return Err(type_error(format!(
                "iter() returned non-iterator of type '{}'",
                type_name(it.class())
            )));
        }
        Ok(it)
    }

    /// `iter(v)` by the payload's own rules (what `list.__iter__` does).
    pub fn get_iter_native(&mut self, v: &Value) -> PyResult {
        let Value::Obj(o) = v else {
            return Err(not_iterable(v));
        };
        let seq = |v: &Value| {
            Ok(new_iter(IterState::Seq {
                seq: v.clone(),
                idx: 0,
            }))
        };
        match &o.data {
            ObjData::List(_) | ObjData::Tuple(_) | ObjData::Str(_) | ObjData::Bytes(_) => seq(v),
            ObjData::Set(d) => {
                let len = d.lock().len();
                Ok(new_iter(IterState::Dict {
                    dict: v.clone(),
                    pos: 0,
                    kind: 0,
                    len,
                    last: None,
                }))
            }
            ObjData::Dict(d) => {
                let len = d.lock().len();
                Ok(new_iter(IterState::Dict {
                    dict: v.clone(),
                    pos: 0,
                    kind: 0,
                    len,
                    last: None,
                }))
            }
            ObjData::Range(start, stop, step) => Ok(alloc(
                types().range_iterator,
                ObjData::RangeIter(RangeIter {
                    cur: AtomicI64::new(*start),
                    stop: *stop,
                    step: *step,
                }),
            )),
            ObjData::Iter(_) | ObjData::RangeIter(_) => Ok(v.clone()),
            ObjData::Generator(g) if g.kind == crate::generator::GenKind::Generator => {
                Ok(v.clone())
            }
            _ => {
                if let Some(it) = self.call_special(v, "__iter__", vec![])? {
                    return self.check_iterator(it);
                }
                if lookup(v.class(), "__getitem__").is_some() {
                    let items = self.getitem_sequence(v)?;
                    return seq(&crate::list::new_list(items));
                }
                Err(not_iterable(v))
            }
        }
    }

    /// The old sequence protocol: `__getitem__(0)`, `(1)`, ... until IndexError.
    fn getitem_sequence(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        let mut out = Vec::new();
        for i in 0.. {
            match self.call_special(v, "__getitem__", vec![Value::Int(i)]) {
                Ok(Some(x)) => out.push(x),
                Ok(None) => break,
                Err(e)
                    if is_instance_of(&e, types().index_error)
                        || is_instance_of(&e, types().stop_iteration) =>
                {
                    break
                }
                Err(e) => return Err(e),
            }
        }
        Ok(out)
    }

    /// One step of any iterator; `None` when exhausted.
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(o) = it else {
            return Err(not_iterator(it));
        };
        match &o.data {
            ObjData::RangeIter(r) => {
                use std::sync::atomic::Ordering::Relaxed;
                let cur = r.cur.load(Relaxed);
                if (r.step > 0 && cur < r.stop) || (r.step < 0 && cur > r.stop) {
                    r.cur.store(cur + r.step, Relaxed);
                    Ok(Some(Value::Int(cur)))
                } else {
                    Ok(None)
                }
            }
            ObjData::Iter(st) => {
                // A subclass of `map`, `zip`, ... may define its own `__next__`.
                match self.override_call(it, "__next__", Vec::new) {
                    Ok(Some(v)) => Ok(Some(v)),
                    Ok(None) => self.native_next(st),
                    Err(e) if is_instance_of(&e, types().stop_iteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            ObjData::Generator(_) => match self.gen_step(o, Value::None)? {
                GenStep::Yield(v) => Ok(Some(v)),
                GenStep::Return(_) => Ok(None),
            },
            _ => match self.call_special(it, "__next__", vec![]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => Err(not_iterator(it)),
                Err(e) if is_instance_of(&e, types().stop_iteration) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    /// `next()` by the iterator's own payload, ignoring a subclass's `__next__`: what the
    /// built-in iterator types' `__next__` method (and so `super().__next__()`) does.
    pub fn iter_next_own(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it.data() {
            Some(ObjData::Iter(st)) => self.native_next(st),
            _ => self.iter_next(it),
        }
    }

    fn native_next(&mut self, st: &Mutex<IterState>) -> PyResult<Option<Value>> {
        let mut g = st.lock();
        match &mut *g {
            IterState::Seq { seq, idx } => {
                let r = match seq.data() {
                    Some(ObjData::List(l)) => l.lock().get(*idx).cloned(),
                    Some(ObjData::Tuple(t)) => t.get(*idx).cloned(),
                    Some(ObjData::Str(s)) => s
                        .char_at(*idx)
                        .map(|c| crate::pystr::new_string(c.to_string())),
                    Some(ObjData::Bytes(b)) => b.get(*idx).map(|c| Value::Int(*c as i64)),
                    _ => None,
                };
                if r.is_some() {
                    *idx += 1;
                } else {
                    *g = IterState::Done;
                }
                Ok(r)
            }
            IterState::Rev { seq, idx } => {
                if *idx < 0 {
                    return Ok(None);
                }
                let r = crate::seq::item_at(seq, *idx as usize);
                *idx -= 1;
                Ok(r)
            }
            IterState::Dict {
                dict,
                pos,
                kind,
                len,
                last,
            } => {
                if let Some(st) = crate::set_ops::set_of(dict) {
                    let st = st.lock();
                    if st.len() != *len {
                        *len = usize::MAX;
                        return Err(crate::exc::runtime_error(
                            "Set changed size during iteration",
                        ));
                    }
                    let Some((i, k)) = st.next_from(*pos) else {
                        return Ok(None);
                    };
                    *pos = i + 1;
                    return Ok(Some(k.clone()));
                }
                let Some(m) = crate::dict_ops::map_of(dict) else {
                    return Ok(None);
                };
                let m = m.lock();
                if m.len() != *len {
                    let what = if matches!(dict.data(), Some(ObjData::Set(_))) {
                        "Set"
                    } else {
                        "dictionary"
                    };
                    *len = usize::MAX;
                    return Err(crate::exc::runtime_error(format!(
                        "{what} changed size during iteration"
                    )));
                }
                let Some((i, e)) = m.next_from(*pos) else {
                    return Ok(None);
                };
                *pos = i + 1;
                Ok(Some(match kind {
                    0 => e.key.clone(),
                    1 => e.value.clone(),
                    _ => crate::tuple::pair_reusing(last, e.key.clone(), e.value.clone()),
                }))
            }
            IterState::Done => Ok(None),
            _ => {
                let state = std::mem::replace(&mut *g, IterState::Done);
                drop(g);
                let (r, state) = self.lazy_next(state)?;
                *st.lock() = state;
                Ok(r)
            }
        }
    }

    /// The iterators that call back into Python; the state is taken out of the lock
    /// while they run.
    fn lazy_next(&mut self, state: IterState) -> PyResult<(Option<Value>, IterState)> {
        match state {
            IterState::Enumerate { it, n } => match self.iter_next(&it)? {
                Some(v) => {
                    let next = self.binary_op(crate::bytecode::BinOp::Add, &n, &Value::Int(1))?;
                    Ok((
                        Some(crate::tuple::new_tuple(vec![n, v])),
                        IterState::Enumerate { it, n: next },
                    ))
                }
                None => Ok((None, IterState::Done)),
            },
            IterState::Zip { its, strict } => {
                let mut out = Vec::with_capacity(its.len());
                for (k, i) in its.iter().enumerate() {
                    match self.iter_next(i)? {
                        Some(v) => out.push(v),
                        None => {
                            if strict && (k > 0 || self.any_left(&its[1..])?) {
                                let which = if k > 0 {
                                    format!(
                                        "zip() argument {} is shorter than argument{} 1{}",
                                        k + 1,
                                        if k > 1 { "s" } else { "" },
                                        if k > 1 {
                                            format!("-{k}")
                                        } else {
                                            String::new()
                                        }
                                    )
                                } else {
                                    "zip() argument 2 is longer than argument 1".to_string()
                                };
                                return Err(value_error(which));
                            }
                            return Ok((None, IterState::Done));
                        }
                    }
                }
                if its.is_empty() {
                    return Ok((None, IterState::Done));
                }
                Ok((
                    Some(crate::tuple::new_tuple(out)),
                    IterState::Zip { its, strict },
                ))
            }
            IterState::Map { f, its } => {
                let mut args = Vec::with_capacity(its.len());
                for i in &its {
                    match self.iter_next(i)? {
                        Some(v) => args.push(v),
                        None => return Ok((None, IterState::Done)),
                    }
                }
                let r = self.call(&f, args)?;
                Ok((Some(r), IterState::Map { f, its }))
            }
            IterState::Filter { f, it } => loop {
                match self.iter_next(&it)? {
                    Some(v) => {
                        let keep = if f.is_none() {
                            self.truthy(&v)?
                        } else {
                            let r = self.call(&f, vec![v.clone()])?;
                            self.truthy(&r)?
                        };
                        if keep {
                            return Ok((Some(v), IterState::Filter { f, it }));
                        }
                    }
                    None => return Ok((None, IterState::Done)),
                }
            },
            IterState::Callable { f, sentinel } => {
                let v = self.call(&f, vec![])?;
                if self.eq(&v, &sentinel)? {
                    return Ok((None, IterState::Done));
                }
                Ok((Some(v), IterState::Callable { f, sentinel }))
            }
            other => Ok((None, other)),
        }
    }

    fn any_left(&mut self, its: &[Value]) -> PyResult<bool> {
        for i in its {
            if self.iter_next(i)?.is_some() {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v.data() {
            _ if crate::subclass::py_override(v, "__iter__").is_some() => {}
            Some(ObjData::List(l)) => return Ok(l.lock().clone()),
            Some(ObjData::Tuple(t)) => return Ok(t.to_vec()),
            // One snapshot under the dict's lock, as atomic as CPython's C loop under the
            // GIL: another thread's insertion cannot interrupt `list(d.items())`.
            Some(ObjData::Dict(d)) if std::ptr::eq(v.class(), crate::types::types().dict) => {
                return Ok(d.lock().keys())
            }
            Some(ObjData::Native(_)) => {
                if let Some(items) = crate::dict_views::snapshot_of(v) {
                    return Ok(items);
                }
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    pub fn unpack_sequence(&mut self, f: &mut Frame, seq: Value, n: usize) -> PyResult<()> {
        // Exact tuples and lists only: a subclass may override `__iter__`.
        let exact = seq
            .obj()
            .is_some_and(|o| crate::types::tobj(o.cls()).builtin);
        match seq.data() {
            _ if !exact => {}
            Some(ObjData::Tuple(t)) if t.len() == n => {
                for v in t.iter().rev() {
                    f.push(v.clone());
                }
                return Ok(());
            }
            Some(ObjData::List(l)) => {
                let g = l.lock();
                if g.len() == n {
                    for v in g.iter().rev() {
                        f.push(v.clone());
                    }
                    return Ok(());
                }
            }
            _ => {}
        }
        let items = match seq.data() {
            _ if crate::subclass::py_override(&seq, "__iter__").is_some() => {
                self.unpack_iter(&seq, n)?
            }
            Some(ObjData::Tuple(t)) if t.len() == n => t.to_vec(),
            Some(ObjData::List(l)) if l.lock().len() == n => l.lock().clone(),
            _ => self.unpack_iter(&seq, n)?,
        };
        if items.len() != n {
            return Err(unpack_count(n, items.len()));
        }
        for v in items.into_iter().rev() {
            f.push(v);
        }
        Ok(())
    }

    fn unpack_iter(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        let it = self.get_iter(seq).map_err(|_| {
            type_error(format!(
                "cannot unpack non-iterable {} object",
                type_name(seq.class())
            ))
        })?;
        let mut out = Vec::with_capacity(n);
        while let Some(v) = self.iter_next(&it)? {
            out.push(v);
            if out.len() > n {
                // CPython 3.11 says no ", got N" here (3.12 added it for sequences).
                return Err(value_error(format!(
                    "too many values to unpack (expected {n})"
                )));
            }
        }
        Ok(out)
    }

    pub fn unpack_ex(
        &mut self,
        f: &mut Frame,
        seq: Value,
        before: usize,
        after: usize,
    ) -> PyResult<()> {
        let items = self.collect(&seq).map_err(|e| {
            if is_instance_of(&e, types().type_error) {
                type_error(format!(
                    "cannot unpack non-iterable {} object",
                    type_name(seq.class())
                ))
            } else {
                e
            }
        })?;
        if items.len() < before + after {
            return Err(value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut items = items;
        let tail = items.split_off(items.len() - after);
        let mid = items.split_off(before);
        for v in tail.into_iter().rev() {
            f.push(v);
        }
        f.push(crate::list::new_list(mid));
        for v in items.into_iter().rev() {
            f.push(v);
        }
        Ok(())
    }
}

fn unpack_count(expected: usize, got: usize) -> crate::func::Exc {
    if got < expected {
        value_error(format!(
            "not enough values to unpack (expected {expected}, got {got})"
        ))
    } else {
        value_error(format!("too many values to unpack (expected {expected})"))
    }
}

pub fn not_iterable(v: &Value) -> crate::func::Exc {
    type_error(format!("'{}' object is not iterable", type_name(v.class())))
}

fn not_iterator(v: &Value) -> crate::func::Exc {
    type_error(format!(
        "'{}' object is not an iterator",
        type_name(v.class())
    ))
}
