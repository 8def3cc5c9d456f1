//! dict and set operations through the VM: hashing may run `__hash__` and key equality
//! `__eq__`, so those run with the container's lock released.

use parking_lot::Mutex;

use crate::dict::DictMap;
use crate::exc::{key_error, type_error};
use crate::func::PyResult;
use crate::object::{alloc, ObjData};
use crate::types::{type_name, types};
use crate::value::Value;
use crate::vm::Vm;

pub fn new_dict() -> Value {
    alloc(types().dict, ObjData::Dict(Mutex::new(DictMap::new())))
}

pub fn dict_from_map(m: DictMap) -> Value {
    alloc(types().dict, ObjData::Dict(Mutex::new(m)))
}

pub fn map_of(v: &Value) -> Option<&Mutex<DictMap>> {
    match v.data()? {
        ObjData::Dict(d) => Some(d),
        ObjData::Exception(e) => Some(&e.attrs),
        _ => None,
    }
}

pub fn copy_dict(v: &Value) -> Value {
    match map_of(v) {
        Some(m) => dict_from_map(m.lock().clone()),
        None => new_dict(),
    }
}

/// A hash table probed by `Vm::find_key` (dict and set tables).
pub trait KeyTable {
    /// The entry of `key`, comparing natively; keys that need a Python `__eq__` are
    /// pushed to `slow` instead.
    fn find(&self, hash: i64, key: &Value, slow: &mut Vec<Value>) -> Option<usize>;
    /// The entry holding exactly this object.
    fn find_identical(&self, hash: i64, key: &Value) -> Option<usize>;
}

impl KeyTable for DictMap {
    fn find(&self, hash: i64, key: &Value, slow: &mut Vec<Value>) -> Option<usize> {
        DictMap::find(self, hash, key, slow)
    }
    fn find_identical(&self, hash: i64, key: &Value) -> Option<usize> {
        DictMap::find_identical(self, hash, key)
    }
}

impl KeyTable for crate::set_table::SetTable {
    fn find(&self, hash: i64, key: &Value, slow: &mut Vec<Value>) -> Option<usize> {
        crate::set_table::SetTable::find(self, hash, key, slow)
    }
    fn find_identical(&self, hash: i64, key: &Value) -> Option<usize> {
        crate::set_table::SetTable::find_identical(self, hash, key)
    }
}

impl Vm {
    /// Finds `key` in a map; the index of its entry.
    fn map_find(&mut self, m: &Mutex<DictMap>, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        self.find_key(m, hash, key)
    }

    /// Finds `key` in a dict or set table. Keys whose equality needs Python code come
    /// back from the locked probe as candidates; they are compared with the lock
    /// released, and the match is found again by identity.
    pub fn find_key<T: KeyTable>(
        &mut self,
        m: &Mutex<T>,
        hash: i64,
        key: &Value,
    ) -> PyResult<Option<usize>> {
        let mut slow = Vec::new();
        let found = m.lock().find(hash, key, &mut slow);
        if found.is_some() || slow.is_empty() {
            return Ok(found);
        }
        for cand in slow {
            if self.eq(&cand, key)? {
                return Ok(m.lock().find_identical(hash, &cand));
            }
        }
        Ok(None)
    }

    /// `hash(key)`, read straight from the cache of a str of a built-in class (no
    /// `__hash__` override is possible there).
    #[inline]
    fn key_hash(&mut self, key: &Value) -> PyResult<i64> {
        if let Value::Obj(o) = key {
            if let ObjData::Str(s) = &o.data {
                if crate::types::tobj(o.cls()).builtin {
                    return Ok(s.hash());
                }
            }
        }
        self.hash(key)
    }

    pub fn dict_get(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        let Some(m) = map_of(d) else { return Ok(None) };
        let h = self.key_hash(key)?;
        {
            // Keys that compare natively (str, int, ...) are answered under one lock.
            let g = m.lock();
            let mut slow = Vec::new();
            let found = g.find(h, key, &mut slow);
            if slow.is_empty() {
                return Ok(found.and_then(|i| g.value_at(i).cloned()));
            }
        }
        let i = self.map_find(m, h, key)?;
        Ok(i.and_then(|i| m.lock().value_at(i).cloned()))
    }

    pub fn dict_set(&mut self, d: &Value, key: Value, v: Value) -> PyResult<()> {
        let Some(m) = map_of(d) else { return Ok(()) };
        let h = self.key_hash(&key)?;
        {
            // Natively compared keys: find and store under one lock, so two threads
            // adding the same new key cannot both append it.
            let mut g = m.lock();
            let mut slow = Vec::new();
            let found = g.find(h, &key, &mut slow);
            if slow.is_empty() {
                let old = match found {
                    Some(i) => g.set_at(i, v),
                    None => {
                        g.push(h, key, v);
                        None
                    }
                };
                drop(g);
                drop(old);
                return Ok(());
            }
        }
        let i = self.map_find(m, h, &key)?;
        let mut g = m.lock();
        let old = match i {
            Some(i) => g.set_at(i, v),
            None => {
                g.push(h, key, v);
                None
            }
        };
        drop(g);
        drop(old);
        Ok(())
    }

    /// Removes `key`; its value, or `None` if absent.
    pub fn dict_remove(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        let Some(m) = map_of(d) else { return Ok(None) };
        let h = self.hash(key)?;
        let i = self.map_find(m, h, key)?;
        let e = i.and_then(|i| m.lock().remove_at(i));
        Ok(e.map(|e| e.value))
    }

    pub fn dict_del(&mut self, d: &Value, key: &Value) -> PyResult<()> {
        match self.dict_remove(d, key)? {
            Some(_) => Ok(()),
            None => Err(key_error(key.clone())),
        }
    }

    pub fn dict_from_pairs(&mut self, items: Vec<Value>) -> PyResult {
        let d = new_dict();
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            self.dict_set(&d, k, v)?;
        }
        Ok(d)
    }

    /// `d.update(m)` for a mapping or an iterable of pairs.
    pub fn dict_update(&mut self, d: &Value, m: &Value) -> PyResult<()> {
        if let Some(ObjData::Dict(src)) = m.data() {
            let items = src.lock().items();
            for (k, v) in items {
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        if crate::types::lookup(m.class(), "keys").is_some() {
            let keys = self.call_method(m, "keys", vec![])?;
            for k in self.collect(&keys)? {
                let v = self.get_item(m, &k)?;
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        let items = self.collect(m)?;
        for (n, p) in items.into_iter().enumerate() {
            let pair = self.collect(&p)?;
            if pair.len() != 2 {
                return Err(crate::exc::value_error(format!(
                    "dictionary update sequence element #{n} has length {}; 2 is required",
                    pair.len()
                )));
            }
            let mut pi = pair.into_iter();
            if let (Some(k), Some(v)) = (pi.next(), pi.next()) {
                self.dict_set(d, k, v)?;
            }
        }
        Ok(())
    }

    /// `f(**m)`: merge keyword arguments, rejecting duplicates as CPython does.
    pub fn dict_merge(&mut self, d: &Value, m: &Value, func: &Value) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match m.data() {
            Some(ObjData::Dict(src)) => src.lock().items(),
            _ => {
                if crate::types::lookup(m.class(), "keys").is_none() {
                    return Err(type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        self.func_desc(func),
                        type_name(m.class())
                    )));
                }
                let keys = self.call_method(m, "keys", vec![])?;
                let mut v = Vec::new();
                for k in self.collect(&keys)? {
                    let val = self.get_item(m, &k)?;
                    v.push((k, val));
                }
                v
            }
        };
        for (k, v) in pairs {
            if k.as_str().is_none() {
                return Err(type_error("keywords must be strings"));
            }
            if self.dict_get(d, &k)?.is_some() {
                return Err(type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    self.func_desc(func),
                    k.as_str().unwrap_or("")
                )));
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    pub fn func_desc(&self, f: &Value) -> String {
        match f.data() {
            Some(ObjData::Function(func)) => {
                let m = crate::module::module_name(func.module);
                if m == "builtins" {
                    format!("{}()", func.qualname())
                } else {
                    format!("{m}.{}()", func.qualname())
                }
            }
            Some(ObjData::Builtin(b)) => format!("{}()", b.name),
            Some(ObjData::Type(t)) => format!("{}()", t.name),
            _ => format!("{} object", type_name(f.class())),
        }
    }

    pub fn dict_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (Some(x), Some(y)) = (map_of(a), map_of(b)) else {
            return Ok(false);
        };
        if x.lock().len() != y.lock().len() {
            return Ok(false);
        }
        let items = x.lock().items();
        for (k, v) in items {
            match self.dict_get(b, &k)? {
                Some(w) => {
                    if !(v.is(&w) || self.eq(&v, &w)?) {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    pub fn list_extend(&mut self, l: &Value, it: &Value) -> PyResult<()> {
        let items = self.collect(it)?;
        if let Some(ObjData::List(v)) = l.data() {
            v.lock().extend(items);
        }
        Ok(())
    }
}
