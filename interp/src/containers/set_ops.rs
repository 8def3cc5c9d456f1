//! set and frozenset operations through the VM, in CPython's table order: hashing may run
//! `__hash__` and equality `__eq__`, so those run with the set's lock released.

use parking_lot::Mutex;

use crate::bytecode::{BinOp, CmpOp};
use crate::func::PyResult;
use crate::object::{alloc, ObjData};
use crate::set_table::SetTable;
use crate::types::{types, TypeRef};
use crate::value::Value;
use crate::vm::Vm;

pub fn set_of(v: &Value) -> Option<&Mutex<SetTable>> {
    match v.data()? {
        ObjData::Set(s) => Some(s),
        _ => None,
    }
}

pub fn set_from_table(cls: TypeRef, t: SetTable) -> Value {
    alloc(cls, ObjData::Set(Mutex::new(t)))
}

/// The set's own table copied as CPython's `set_copy` lays it out.
pub fn copy_table(v: &Value) -> SetTable {
    set_of(v)
        .map(|m| SetTable::copy_from(&m.lock()))
        .unwrap_or_default()
}

fn entries(v: &Value) -> Vec<(i64, Value)> {
    set_of(v)
        .map(|m| m.lock().iter().map(|(h, k)| (h, k.clone())).collect())
        .unwrap_or_default()
}

fn set_len(v: &Value) -> usize {
    set_of(v).map_or(0, |m| m.lock().len())
}

/// `hash(v)` of a compile-time constant (no Python code can run); `None` otherwise.
fn const_hash(v: &Value) -> Option<i64> {
    use crate::format::numhash;
    Some(match v {
        Value::Int(i) => numhash::i64_hash(*i),
        Value::Bool(b) => *b as i64,
        Value::Float(f) => numhash::float_hash(*f).unwrap_or(0),
        Value::None => 0xFCA86420 >> 4,
        Value::Unbound => return None,
        Value::Obj(o) => match &o.data {
            ObjData::Str(s) => s.hash(),
            ObjData::BigInt(b) => numhash::int_hash(b),
            ObjData::Bytes(b) => crate::pystr::str_hash(&String::from_utf8_lossy(b)),
            ObjData::Tuple(items) => {
                let lanes = items.iter().map(const_hash).collect::<Option<Vec<_>>>()?;
                crate::ops::tuple_hash_of(&lanes)
            }
            _ => return None,
        },
    })
}

/// The frozenset CPython's compiler folds a constant set display into (`{1, 2, 3}` is
/// `BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE 1`), so the display's order is
/// that of a merge, as in CPython. `None` if an element is not a plain constant.
///
/// CPython's constant merging (`merge_consts_recursive`) rebuilds that frozenset once
/// more from its own iteration order; exact for int elements.
pub fn const_frozenset(items: &[Value]) -> Option<Value> {
    let mut order = items.to_vec();
    let mut t = SetTable::new();
    for _ in 0..2 {
        t = SetTable::new();
        for v in &order {
            let h = const_hash(v)?;
            let mut slow = Vec::new();
            if t.find(h, v, &mut slow).is_none() {
                if !slow.is_empty() {
                    return None;
                }
                t.insert(h, v.clone());
            }
        }
        order = t.keys();
    }
    Some(set_from_table(types().frozenset, t))
}

impl Vm {
    /// The slot of `key` in `m`, comparing Python-level keys with the lock released.
    fn set_find(&mut self, m: &Mutex<SetTable>, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        self.find_key(m, hash, key)
    }

    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult {
        let s = set_from_table(types().set, SetTable::new());
        for it in items {
            self.set_add(&s, it)?;
        }
        Ok(s)
    }

    fn set_add_hashed(&mut self, s: &Value, hash: i64, v: Value) -> PyResult<()> {
        let Some(m) = set_of(s) else { return Ok(()) };
        if self.set_find(m, hash, &v)?.is_none() {
            m.lock().insert(hash, v);
        }
        Ok(())
    }

    pub fn set_add(&mut self, s: &Value, v: Value) -> PyResult<()> {
        let h = self.hash(&v)?;
        self.set_add_hashed(s, h, v)
    }

    pub fn set_contains(&mut self, s: &Value, v: &Value) -> PyResult<bool> {
        let Some(m) = set_of(s) else { return Ok(false) };
        let h = self.hash(v)?;
        Ok(self.set_find(m, h, v)?.is_some())
    }

    fn set_contains_hashed(&mut self, s: &Value, hash: i64, v: &Value) -> PyResult<bool> {
        let Some(m) = set_of(s) else { return Ok(false) };
        Ok(self.set_find(m, hash, v)?.is_some())
    }

    /// Removes `v`; whether it was there.
    pub fn set_discard(&mut self, s: &Value, v: &Value) -> PyResult<bool> {
        let h = self.hash(v)?;
        self.set_discard_hashed(s, h, v)
    }

    fn set_discard_hashed(&mut self, s: &Value, hash: i64, v: &Value) -> PyResult<bool> {
        let Some(m) = set_of(s) else { return Ok(false) };
        let i = self.set_find(m, hash, v)?;
        let old = i.and_then(|i| m.lock().remove_at(i));
        Ok(old.is_some())
    }

    /// `s.update(it)`: a set merges (presized), a dict adds its keys (presized), any
    /// other iterable adds one by one, as CPython's `set_update_internal` does.
    pub fn set_update(&mut self, s: &Value, it: &Value) -> PyResult<()> {
        if it.is(s) {
            return Ok(());
        }
        if let Some(src) = set_of(it) {
            let other = entries(it);
            if other.is_empty() {
                return Ok(());
            }
            if set_len(s) == 0 && set_of(s).is_some_and(|m| m.lock().is_empty()) {
                let copy = SetTable::copy_from(&src.lock());
                if let Some(dst) = set_of(s) {
                    *dst.lock() = copy;
                }
                return Ok(());
            }
            if let Some(dst) = set_of(s) {
                dst.lock().presize(other.len());
            }
            for (h, k) in other {
                self.set_add_hashed(s, h, k)?;
            }
            return Ok(());
        }
        if let Some(ObjData::Dict(d)) = it.data() {
            if std::ptr::eq(it.class(), types().dict) {
                let items: Vec<(i64, Value)> =
                    d.lock().iter().map(|e| (e.hash, e.key.clone())).collect();
                if let Some(dst) = set_of(s) {
                    dst.lock().presize(items.len());
                }
                for (h, k) in items {
                    self.set_add_hashed(s, h, k)?;
                }
                return Ok(());
            }
        }
        for v in self.collect(it)? {
            self.set_add(s, v)?;
        }
        Ok(())
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` built as CPython builds them, so the result's
    /// order matches.
    pub fn set_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult {
        let cls = if std::ptr::eq(a.class(), types().frozenset)
            || crate::types::is_subtype(a.class(), types().frozenset)
        {
            types().frozenset
        } else {
            types().set
        };
        match op {
            BinOp::Or => {
                let out = set_from_table(cls, copy_table(a));
                self.set_update(&out, b)?;
                Ok(out)
            }
            BinOp::And => {
                let out = set_from_table(cls, SetTable::new());
                let (big, small) = if set_len(b) > set_len(a) {
                    (b, a)
                } else {
                    (a, b)
                };
                for (h, k) in entries(small) {
                    if self.set_contains_hashed(big, h, &k)? {
                        self.set_add_hashed(&out, h, k)?;
                    }
                }
                Ok(out)
            }
            BinOp::Sub => {
                if set_len(a) == 0 || (set_len(a) >> 2) > set_len(b) {
                    let out = set_from_table(cls, copy_table(a));
                    for (h, k) in entries(b) {
                        self.set_discard_hashed(&out, h, &k)?;
                    }
                    return Ok(out);
                }
                let out = set_from_table(cls, SetTable::new());
                for (h, k) in entries(a) {
                    if !self.set_contains_hashed(b, h, &k)? {
                        self.set_add_hashed(&out, h, k)?;
                    }
                }
                Ok(out)
            }
            _ => {
                let out = set_from_table(cls, copy_table(b));
                self.set_toggle(&out, a)?;
                Ok(out)
            }
        }
    }

    /// `symmetric_difference_update`: each key of `other` leaves `s` or joins it.
    fn set_toggle(&mut self, s: &Value, other: &Value) -> PyResult<()> {
        for (h, k) in entries(other) {
            if !self.set_discard_hashed(s, h, &k)? {
                self.set_add_hashed(s, h, k)?;
            }
        }
        Ok(())
    }

    /// `a |= b` and friends on a set, in place (CPython's `*_update` methods).
    pub fn set_inplace(&mut self, op: BinOp, a: &Value, b: &Value) -> Option<PyResult> {
        set_of(b)?;
        let r = (|| -> PyResult<()> {
            match op {
                BinOp::Or => self.set_update(a, b),
                BinOp::Sub => {
                    for (h, k) in entries(b) {
                        self.set_discard_hashed(a, h, &k)?;
                    }
                    Ok(())
                }
                BinOp::Xor => self.set_toggle(a, b),
                _ => {
                    let n = self.set_binop(op, a, b)?;
                    if let (Some(dst), Some(src)) = (set_of(a), set_of(&n)) {
                        let t = std::mem::take(&mut *src.lock());
                        *dst.lock() = t;
                    }
                    Ok(())
                }
            }
        })();
        Some(r.map(|_| a.clone()))
    }

    pub fn set_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult {
        let la = set_len(a);
        let lb = set_len(b);
        let a_in_b = self.subset(a, b)?;
        let b_in_a = self.subset(b, a)?;
        let r = match op {
            CmpOp::Eq => la == lb && a_in_b,
            CmpOp::Ne => !(la == lb && a_in_b),
            CmpOp::Le => a_in_b,
            CmpOp::Lt => a_in_b && la < lb,
            CmpOp::Ge => b_in_a,
            CmpOp::Gt => b_in_a && la > lb,
        };
        Ok(Value::Bool(r))
    }

    fn subset(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        for (h, k) in entries(a) {
            if !self.set_contains_hashed(b, h, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}
