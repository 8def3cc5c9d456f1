//! Operators on values: arithmetic (native fast paths, then `__op__` / `__rop__` /
//! `__iop__`), comparisons, truth, hashing, and containment — CPython's dispatch rules
//! and error messages.

use crate::bytecode::{BinOp, CmpOp, UnOp};
use crate::exc::type_error;
use crate::float::float_binop;
use crate::format::numhash;
use crate::func::PyResult;
use crate::int::*;
use crate::object::ObjData;
use crate::singletons::is_not_implemented;
use crate::types::{is_subtype, lookup, tobj, type_name, types};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult {
        // `bool & bool` (and `|`, `^`) stays a bool, as `bool.__and__` makes it.
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::And => return Ok(Value::Bool(*x & *y)),
                BinOp::Or => return Ok(Value::Bool(*x | *y)),
                BinOp::Xor => return Ok(Value::Bool(*x ^ *y)),
                _ => {}
            }
        }
        if crate::subclass::is_heap_builtin(a) || crate::subclass::is_heap_builtin(b) {
            if let Some(r) = self.subclass_binop(op, a, b)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.native_binop(op, a, b) {
            return r;
        }
        self.dunder_binop(op, a, b)
    }

    pub fn inplace_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult {
        if crate::subclass::is_heap_builtin(a) {
            let (_, _, idunder) = op.dunders();
            if let Some(r) = self.override_call(a, idunder, || vec![b.clone()])? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(ObjData::List(l)) = a.data() {
            if op == BinOp::Add {
                self.list_extend(a, b)?;
                return Ok(a.clone());
            }
            if op == BinOp::Mul && repeat_in_place(l, b) {
                return Ok(a.clone());
            }
        }
        if let Some(ObjData::Set(_)) = a.data() {
            if matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
                && std::ptr::eq(a.class(), types().set)
            {
                if let Some(r) = self.set_inplace(op, a, b) {
                    return r;
                }
            }
        }
        if let Some(ObjData::Dict(_)) = a.data() {
            if op == BinOp::Or {
                self.dict_update(a, b)?;
                return Ok(a.clone());
            }
        }
        if matches!(
            a.data(),
            Some(ObjData::Instance(_) | ObjData::Exception(_) | ObjData::Native(_))
        ) {
            let (_, _, idunder) = op.dunders();
            if let Some(r) = self.call_special(a, idunder, vec![b.clone()])? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        self.binary_op(op, a, b)
    }

    /// A built-in subclass's Python `__op__`/`__rop__` runs before the payload's native
    /// arithmetic (CPython's slots do the same).
    fn subclass_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (d, rd, _) = op.dunders();
        let rhs_first = !std::ptr::eq(a.class(), b.class()) && is_subtype(b.class(), a.class());
        if rhs_first {
            if let Some(r) = self.override_call(b, rd, || vec![a.clone()])? {
                if !is_not_implemented(&r) {
                    return Ok(Some(r));
                }
            }
        }
        if let Some(r) = self.override_call(a, d, || vec![b.clone()])? {
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        if !rhs_first {
            if let Some(r) = self.override_call(b, rd, || vec![a.clone()])? {
                if !is_not_implemented(&r) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    fn native_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> Option<PyResult> {
        if is_int_like(a) && is_int_like(b) {
            if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
                if let Some(r) = small_binop(op, x, y) {
                    return Some(r);
                }
            }
            let (x, y) = (as_bigint(a)?, as_bigint(b)?);
            return Some(big_binop(op, &x, &y));
        }
        let num = |v: &Value| is_int_like(v) || matches!(v, Value::Float(_));
        if num(a) && num(b) {
            let x = self.num_to_f64(a)?;
            let y = self.num_to_f64(b)?;
            return match (x, y) {
                (Ok(x), Ok(y)) => float_binop(op, x, y),
                (Err(e), _) | (_, Err(e)) => Some(Err(e)),
            };
        }
        let (Value::Obj(x), _) = (a, b) else {
            return self.native_rhs_only(op, a, b);
        };
        match (&x.data, b.data(), op) {
            (ObjData::Str(s), Some(ObjData::Str(t)), BinOp::Add) => {
                Some(Ok(crate::pystr::new_concat(s.as_str(), t.as_str())))
            }
            (ObjData::Str(_), _, BinOp::Mod) => Some(crate::printf::str_percent(self, a, b)),
            (ObjData::Str(_) | ObjData::List(_) | ObjData::Tuple(_), _, BinOp::Add)
                if b.data().map(std::mem::discriminant)
                    != Some(std::mem::discriminant(&x.data))
                    && !matches!(b.data(), Some(ObjData::Instance(_))) =>
            {
                let tn = match &x.data {
                    ObjData::Str(_) => "str",
                    ObjData::List(_) => "list",
                    _ => "tuple",
                };
                Some(Err(type_error(format!(
                    "can only concatenate {tn} (not \"{}\") to {tn}",
                    type_name(b.class())
                ))))
            }
            (
                ObjData::Str(_) | ObjData::List(_) | ObjData::Tuple(_) | ObjData::Bytes(_),
                _,
                BinOp::Mul,
            ) => match as_i64(b) {
                Some(n) => Some(crate::seq::repeat(a, n)),
                None if matches!(b.data(), Some(ObjData::Instance(_))) => None,
                None if crate::int::is_int_like(b) => Some(Err(crate::exc::overflow_error(
                    "cannot fit 'int' into an index-sized integer",
                ))),
                None => Some(Err(type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(b.class())
                )))),
            },
            (ObjData::List(l), Some(ObjData::List(m)), BinOp::Add) => {
                let mut v = l.lock().clone();
                v.extend(m.lock().iter().cloned());
                Some(Ok(crate::list::new_list(v)))
            }
            (ObjData::Tuple(l), Some(ObjData::Tuple(m)), BinOp::Add) => {
                let mut v = l.to_vec();
                v.extend(m.iter().cloned());
                Some(Ok(crate::tuple::new_tuple(v)))
            }
            (ObjData::Bytes(l), Some(ObjData::Bytes(m)), BinOp::Add) => {
                let mut v = l.to_vec();
                v.extend_from_slice(m);
                Some(Ok(crate::bytes::new_bytes(v)))
            }
            (ObjData::Dict(_), Some(ObjData::Dict(_)), BinOp::Or) => {
                let d = crate::dict_ops::copy_dict(a);
                Some(self.dict_update(&d, b).map(|_| d))
            }
            (
                ObjData::Set(_),
                Some(ObjData::Set(_)),
                BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
            ) => Some(self.set_binop(op, a, b)),
            _ => self.native_rhs_only(op, a, b),
        }
    }

    fn native_rhs_only(&mut self, op: BinOp, a: &Value, b: &Value) -> Option<PyResult> {
        if op == BinOp::Mul {
            if let Some(
                ObjData::Str(_) | ObjData::List(_) | ObjData::Tuple(_) | ObjData::Bytes(_),
            ) = b.data()
            {
                let n = as_i64(a)?;
                return Some(crate::seq::repeat(b, n));
            }
        }
        None
    }

    fn num_to_f64(&self, v: &Value) -> Option<PyResult<f64>> {
        match v {
            Value::Float(f) => Some(Ok(*f)),
            Value::Int(i) => Some(Ok(*i as f64)),
            Value::Bool(b) => Some(Ok(*b as i64 as f64)),
            Value::Obj(o) => match &o.data {
                ObjData::BigInt(b) => Some(big_to_f64(b)),
                _ => None,
            },
            _ => None,
        }
    }

    fn dunder_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult {
        let (d, rd, _) = op.dunders();
        let (ta, tb) = (a.class(), b.class());
        let rhs_first = !std::ptr::eq(ta, tb) && is_subtype(tb, ta) && lookup(tb, rd).is_some();
        if rhs_first {
            if let Some(r) = self.call_special(b, rd, vec![a.clone()])? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_special(a, d, vec![b.clone()])? {
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !rhs_first && !std::ptr::eq(ta, tb) {
            if let Some(r) = self.call_special(b, rd, vec![a.clone()])? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        let sym = if op == BinOp::Pow {
            "** or pow()"
        } else {
            op.symbol()
        };
        Err(type_error(format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            type_name(ta),
            type_name(tb)
        )))
    }

    pub fn unary_op(&mut self, op: UnOp, a: &Value) -> PyResult {
        match (op, a) {
            (UnOp::Not, _) => return Ok(Value::Bool(!self.truthy(a)?)),
            (UnOp::Neg, Value::Int(i)) => {
                return Ok(match i.checked_neg() {
                    Some(n) => Value::Int(n),
                    None => from_bigint(-num_bigint::BigInt::from(*i)),
                })
            }
            (UnOp::Neg, Value::Float(f)) => return Ok(Value::Float(-f)),
            (UnOp::Neg, Value::Bool(b)) => return Ok(Value::Int(-(*b as i64))),
            (UnOp::Pos, Value::Int(_) | Value::Float(_)) => return Ok(a.clone()),
            (UnOp::Pos, Value::Bool(b)) => return Ok(Value::Int(*b as i64)),
            (UnOp::Invert, Value::Int(i)) => return Ok(Value::Int(!i)),
            (UnOp::Invert, Value::Bool(b)) => return Ok(Value::Int(!(*b as i64))),
            _ => {}
        }
        if let Some(ObjData::BigInt(b)) = a.data() {
            return Ok(match op {
                UnOp::Neg => from_bigint(-b.clone()),
                UnOp::Pos => a.clone(),
                _ => from_bigint(!b.clone()),
            });
        }
        let (name, sym) = match op {
            UnOp::Neg => ("__neg__", "-"),
            UnOp::Pos => ("__pos__", "+"),
            _ => ("__invert__", "~"),
        };
        match self.call_special(a, name, vec![])? {
            Some(r) => Ok(r),
            None => Err(type_error(format!(
                "bad operand type for unary {sym}: '{}'",
                type_name(a.class())
            ))),
        }
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::None | Value::Unbound => return Ok(false),
            Value::Bool(b) => return Ok(*b),
            Value::Int(i) => return Ok(*i != 0),
            Value::Float(f) => return Ok(*f != 0.0),
            Value::Obj(_) => {}
        }
        let Value::Obj(o) = v else { return Ok(true) };
        if crate::subclass::is_heap_builtin(v)
            && (crate::subclass::py_override(v, "__bool__").is_some()
                || crate::subclass::py_override(v, "__len__").is_some())
        {
            return self.user_truthy(v);
        }
        match &o.data {
            ObjData::Str(s) => Ok(!s.as_str().is_empty()),
            ObjData::List(l) => Ok(!l.lock().is_empty()),
            ObjData::Tuple(t) => Ok(!t.is_empty()),
            ObjData::Dict(d) => Ok(!d.lock().is_empty()),
            ObjData::Set(d) => Ok(!d.lock().is_empty()),
            ObjData::BigInt(_) => Ok(true),
            ObjData::Bytes(b) => Ok(!b.is_empty()),
            ObjData::Range(..) => Ok(crate::seq::range_len(v) > 0),
            ObjData::Instance(_) | ObjData::Exception(_) | ObjData::Native(_) => {
                self.user_truthy(v)
            }
            _ => Ok(true),
        }
    }

    fn user_truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(r) = self.call_special(v, "__bool__", vec![])? {
            return match r {
                Value::Bool(b) => Ok(b),
                _ => Err(type_error(format!(
                    "__bool__ should return bool, returned {}",
                    type_name(r.class())
                ))),
            };
        }
        if let Some(r) = self.call_special(v, "__len__", vec![])? {
            let n = self.index_value(&r)?;
            if n < 0 {
                return Err(crate::exc::value_error("__len__() should return >= 0"));
            }
            return Ok(n != 0);
        }
        Ok(true)
    }

    /// `a == b` as a bool (native first, then `__eq__`).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::dict::native_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(CmpOp::Eq, a, b)?;
        self.truthy(&r)
    }

    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult {
        let subclass = crate::subclass::is_heap_builtin(a) || crate::subclass::is_heap_builtin(b);
        if subclass {
            if let Some(r) = self.subclass_compare(op, a, b)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.native_compare(op, a, b) {
            return r;
        }
        let (ta, tb) = (a.class(), b.class());
        let rhs_first = !std::ptr::eq(ta, tb) && is_subtype(tb, ta);
        let sw = op.swapped();
        if rhs_first {
            if let Some(r) = self.user_cmp(b, sw, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.user_cmp(a, op, b)? {
            return Ok(r);
        }
        if !rhs_first {
            if let Some(r) = self.user_cmp(b, sw, a)? {
                return Ok(r);
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                type_name(ta),
                type_name(tb)
            ))),
        }
    }

    /// A built-in subclass's Python comparison methods, reflected one first when the
    /// right operand's class is a subclass of the left's.
    fn subclass_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let rhs_first = !std::ptr::eq(a.class(), b.class()) && is_subtype(b.class(), a.class());
        let sw = op.swapped();
        if rhs_first {
            if let Some(r) = self.override_call(b, sw.dunder(), || vec![a.clone()])? {
                if !is_not_implemented(&r) {
                    return Ok(Some(r));
                }
            }
        }
        if let Some(r) = self.override_call(a, op.dunder(), || vec![b.clone()])? {
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        if !rhs_first {
            if let Some(r) = self.override_call(b, sw.dunder(), || vec![a.clone()])? {
                if !is_not_implemented(&r) {
                    return Ok(Some(r));
                }
            }
        }
        if op == CmpOp::Ne {
            if let Some(r) = self.override_call(a, "__eq__", || vec![b.clone()])? {
                if !is_not_implemented(&r) {
                    return Ok(Some(Value::Bool(!self.truthy(&r)?)));
                }
            }
        }
        Ok(None)
    }

    fn user_cmp(&mut self, a: &Value, op: CmpOp, b: &Value) -> PyResult<Option<Value>> {
        if !matches!(
            a.data(),
            Some(ObjData::Instance(_) | ObjData::Exception(_) | ObjData::Native(_))
        ) {
            return Ok(None);
        }
        let r = self.call_special(a, op.dunder(), vec![b.clone()])?;
        match r {
            Some(r) if !is_not_implemented(&r) => Ok(Some(r)),
            _ if op == CmpOp::Ne => {
                if let Some(r) = self.call_special(a, "__eq__", vec![b.clone()])? {
                    if !is_not_implemented(&r) {
                        return Ok(Some(Value::Bool(!self.truthy(&r)?)));
                    }
                }
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    fn native_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> Option<PyResult> {
        use std::cmp::Ordering;
        let num = |v: &Value| is_int_like(v) || matches!(v, Value::Float(_));
        if num(a) && num(b) {
            let o = num_cmp(a, b);
            return Some(Ok(Value::Bool(ord_matches(op, o))));
        }
        match (a, b) {
            (Value::None, Value::None) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                return Some(Ok(Value::Bool(op == CmpOp::Eq)))
            }
            (Value::Obj(x), Value::Obj(y)) => match (&x.data, &y.data) {
                (ObjData::Str(s), ObjData::Str(t)) => {
                    let o: Option<Ordering> = Some(s.as_str().cmp(t.as_str()));
                    return Some(Ok(Value::Bool(ord_matches(op, o))));
                }
                (ObjData::Bytes(s), ObjData::Bytes(t)) => {
                    return Some(Ok(Value::Bool(ord_matches(op, Some(s.cmp(t))))));
                }
                (ObjData::Tuple(_), ObjData::Tuple(_)) | (ObjData::List(_), ObjData::List(_)) => {
                    return Some(self.seq_compare(op, a, b));
                }
                (ObjData::Dict(_), ObjData::Dict(_)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                    return Some(
                        self.dict_eq(a, b)
                            .map(|e| Value::Bool(e == (op == CmpOp::Eq))),
                    );
                }
                (ObjData::Set(_), ObjData::Set(_)) => return Some(self.set_compare(op, a, b)),
                (ObjData::Range(..), ObjData::Range(..)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                    let same = crate::seq::range_eq(a, b);
                    return Some(Ok(Value::Bool(same == (op == CmpOp::Eq))));
                }
                (ObjData::Slice(p), ObjData::Slice(q)) => {
                    return Some(self.items_compare(op, &p[..], &q[..]));
                }
                _ => {}
            },
            _ => {}
        }
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            let user = |v: &Value| {
                matches!(
                    v.data(),
                    Some(ObjData::Instance(_) | ObjData::Exception(_) | ObjData::Native(_))
                )
            };
            if !user(a) && !user(b) {
                let same = a.is(b);
                return Some(Ok(Value::Bool(same == (op == CmpOp::Eq))));
            }
        }
        None
    }

    fn seq_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult {
        if let (Some(ObjData::Tuple(x)), Some(ObjData::Tuple(y))) = (a.data(), b.data()) {
            return self.items_compare(op, x, y);
        }
        // Lists: index by index with fresh lengths, since an `__eq__` may mutate them.
        let lens = |a: &Value, b: &Value| {
            (
                crate::seq::seq_len(a).unwrap_or(0),
                crate::seq::seq_len(b).unwrap_or(0),
            )
        };
        let (la, lb) = lens(a, b);
        if la != lb && matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(Value::Bool(op == CmpOp::Ne));
        }
        let mut i = 0;
        while let (Some(p), Some(q)) = (crate::seq::item_at(a, i), crate::seq::item_at(b, i)) {
            if !(p.is(&q) || self.eq(&p, &q)?) {
                return match op {
                    CmpOp::Eq => Ok(Value::Bool(false)),
                    CmpOp::Ne => Ok(Value::Bool(true)),
                    _ => self.compare(op, &p, &q),
                };
            }
            i += 1;
        }
        let (la, lb) = lens(a, b);
        Ok(Value::Bool(ord_matches(op, Some(la.cmp(&lb)))))
    }

    /// Tuple comparison: the first items that are not equal decide.
    fn items_compare(&mut self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult {
        if x.len() != y.len() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(Value::Bool(op == CmpOp::Ne));
        }
        for (p, q) in x.iter().zip(y.iter()) {
            if p.is(q) {
                continue;
            }
            let equal = match crate::dict::native_eq(p, q) {
                Some(e) => e,
                None => self.eq(p, q)?,
            };
            if !equal {
                return match op {
                    CmpOp::Eq => Ok(Value::Bool(false)),
                    CmpOp::Ne => Ok(Value::Bool(true)),
                    _ => self.compare(op, p, q),
                };
            }
        }
        Ok(Value::Bool(ord_matches(op, Some(x.len().cmp(&y.len())))))
    }

    /// Python's `hash()`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => return Ok(numhash::i64_hash(*i)),
            Value::Bool(b) => return Ok(*b as i64),
            // NaN hashes to 0: an unboxed float has no identity to hash.
            Value::Float(f) => return Ok(numhash::float_hash(*f).unwrap_or(0)),
            Value::None | Value::Unbound => return Ok(0xFCA86420 >> 4),
            Value::Obj(_) => {}
        }
        if crate::subclass::is_heap_builtin(v) {
            if let Some(h) = crate::subclass::py_override(v, "__hash__") {
                if h.is_none() {
                    return Err(unhashable(v));
                }
                return self.user_hash(v);
            }
        }
        self.hash_native(v)
    }

    /// `hash(v)` by the payload's own rules (what `int.__hash__` does).
    pub fn hash_native(&mut self, v: &Value) -> PyResult<i64> {
        let Value::Obj(o) = v else {
            return self.hash(v);
        };
        match &o.data {
            ObjData::Str(s) => Ok(s.hash()),
            ObjData::BigInt(b) => Ok(numhash::int_hash(b)),
            ObjData::Tuple(items) => self.tuple_hash(items),
            ObjData::Bytes(b) => Ok(crate::pystr::str_hash(&String::from_utf8_lossy(b))),
            ObjData::List(_) | ObjData::Dict(_) | ObjData::Slice(_) => Err(unhashable(v)),
            ObjData::Range(..) => self.tuple_hash(&crate::seq::range_hash_key(v)),
            ObjData::Set(d) => {
                if std::ptr::eq(o.cls(), types().set) {
                    return Err(unhashable(v));
                }
                Ok(frozenset_hash(&d.lock()))
            }
            ObjData::Instance(_) | ObjData::Exception(_) | ObjData::Native(_) => self.user_hash(v),
            _ => Ok(pointer_hash(o.id())),
        }
    }

    fn user_hash(&mut self, v: &Value) -> PyResult<i64> {
        match lookup(v.class(), "__hash__") {
            Some(Value::None) => Err(unhashable(v)),
            Some(h) if !is_object_slot(&h, "__hash__") => {
                let r = self.call(&h, vec![v.clone()])?;
                match r {
                    Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                    Value::Bool(b) => Ok(b as i64),
                    _ => match r.data() {
                        Some(ObjData::BigInt(b)) => Ok(numhash::int_hash(b)),
                        _ => Err(type_error("__hash__ method should return an integer")),
                    },
                }
            }
            _ => Ok(pointer_hash(v.id())),
        }
    }

    /// CPython's xxHash-based tuple hash.
    fn tuple_hash(&mut self, items: &[Value]) -> PyResult<i64> {
        let mut lanes = Vec::with_capacity(items.len());
        for it in items {
            lanes.push(self.hash(it)?);
        }
        Ok(tuple_hash_of(&lanes))
    }

    pub fn contains(&mut self, c: &Value, item: &Value) -> PyResult<bool> {
        if let Some(r) = self.override_call(c, "__contains__", || vec![item.clone()])? {
            return self.truthy(&r);
        }
        if crate::subclass::py_override(c, "__iter__").is_some() {
            let it = self.get_iter(c)?;
            while let Some(x) = self.iter_next(&it)? {
                if x.is(item) || self.eq(&x, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        self.contains_native(c, item)
    }

    /// `item in c` by the payload's own rules (what `list.__contains__` does).
    pub fn contains_native(&mut self, c: &Value, item: &Value) -> PyResult<bool> {
        let Value::Obj(o) = c else {
            return Err(not_container(c));
        };
        match &o.data {
            ObjData::Str(s) => match item.as_str() {
                Some(t) => Ok(s.as_str().contains(t)),
                None => Err(type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name(item.class())
                ))),
            },
            ObjData::Dict(_) => Ok(self.dict_get(c, item)?.is_some()),
            ObjData::Set(_) => self.set_contains(c, item),
            ObjData::List(_) | ObjData::Tuple(_) => {
                let mut i = 0;
                while let Some(x) = crate::seq::item_at(c, i) {
                    if x.is(item) || self.eq(&x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
                Ok(false)
            }
            ObjData::Range(..) => crate::seq::range_contains(self, c, item),
            ObjData::Bytes(b) => match item {
                Value::Int(i) => Ok(b.contains(&(*i as u8))),
                _ => match item.data() {
                    Some(ObjData::Bytes(n)) => {
                        Ok(n.is_empty() || b.windows(n.len()).any(|w| w == &n[..]))
                    }
                    _ => Err(type_error("a bytes-like object is required")),
                },
            },
            _ => {
                if let Some(r) = self.call_special(c, "__contains__", vec![item.clone()])? {
                    return self.truthy(&r);
                }
                if lookup(c.class(), "__iter__").is_none()
                    && lookup(c.class(), "__getitem__").is_none()
                {
                    return Err(not_container(c));
                }
                let it = self.get_iter(c)?;
                while let Some(x) = self.iter_next(&it)? {
                    if x.is(item) || self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// `operator.index`: an int from an int-like or `__index__`.
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            _ => match v.data() {
                Some(ObjData::BigInt(b)) if num_traits::ToPrimitive::to_i64(b).is_some() => {
                    Ok(num_traits::ToPrimitive::to_i64(b).unwrap_or(0))
                }
                Some(ObjData::BigInt(_)) => Err(crate::exc::index_error(format!(
                    "cannot fit '{}' into an index-sized integer",
                    type_name(v.class())
                ))),
                _ => match self.call_special(v, "__index__", vec![])? {
                    Some(r) => self.index_value(&r),
                    None => Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(v.class())
                    ))),
                },
            },
        }
    }
}

fn ord_matches(op: CmpOp, o: Option<std::cmp::Ordering>) -> bool {
    use std::cmp::Ordering::*;
    match (op, o) {
        (CmpOp::Ne, None) => true,
        (_, None) => false,
        (CmpOp::Lt, Some(o)) => o == Less,
        (CmpOp::Le, Some(o)) => o != Greater,
        (CmpOp::Eq, Some(o)) => o == Equal,
        (CmpOp::Ne, Some(o)) => o != Equal,
        (CmpOp::Gt, Some(o)) => o == Greater,
        (CmpOp::Ge, Some(o)) => o != Less,
    }
}

/// CPython's tuple hash from its items' hashes.
pub fn tuple_hash_of(lanes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &lane in lanes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((lanes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// CPython's `frozenset_hash`: order-independent, from the entries' hashes.
fn frozenset_hash(t: &crate::set_table::SetTable) -> i64 {
    let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    let mut hash: u64 = 0;
    for (h, _) in t.iter() {
        hash ^= shuffle(h as u64);
    }
    hash ^= (t.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

pub fn pointer_hash(id: usize) -> i64 {
    (id.rotate_right(4)) as i64 & i64::MAX
}

pub fn unhashable(v: &Value) -> crate::func::Exc {
    type_error(format!("unhashable type: '{}'", type_name(v.class())))
}

fn not_container(c: &Value) -> crate::func::Exc {
    type_error(format!(
        "argument of type '{}' is not iterable",
        type_name(c.class())
    ))
}

/// Whether `v` is `object`'s own implementation of `name` (i.e. not overridden).
pub fn is_object_slot(v: &Value, name: &str) -> bool {
    tobj(types().object).dict.get(name).is_some_and(|o| o.is(v))
}

/// `lst *= n`: repeats the list's items in place (the same object, as CPython's
/// `list.__imul__`). False when `n` is no int or the result would be absurdly large,
/// leaving the general path to raise CPython's error.
fn repeat_in_place(l: &crate::list_lock::ListMutex, n: &Value) -> bool {
    let Some(n) = (match n {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }) else {
        return false;
    };
    let mut g = l.lock();
    if n <= 0 {
        let old = std::mem::take(&mut *g);
        drop(g);
        drop(old);
        return true;
    }
    let Some(total) = (g.len() as i64).checked_mul(n).filter(|t| *t < 1 << 32) else {
        return false;
    };
    let orig = g.clone();
    g.reserve(total as usize - orig.len());
    for _ in 1..n {
        g.extend(orig.iter().cloned());
    }
    true
}
