//! `DictMap`: the insertion-ordered hash table behind dict, set and instance attributes.
//!
//! It knows only hashes and native equality: keys whose equality needs Python code
//! (`__eq__` of a user class) are reported back as candidates so the VM can compare them
//! with the container's lock released (see `vm_dict.rs`).

use hashbrown::HashTable;

use crate::object::ObjData;
use crate::value::Value;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default, Clone)]
pub struct DictMap {
    entries: Vec<Option<Entry>>,
    /// Entry positions as `u32`, as CPython's 4-byte `dk_indices`: half the index
    /// memory of `usize` (a 500k-key dict's index is 5 MiB, not 9). A dict would need
    /// 160 GiB of entries to outgrow it. Only maps of more than `SMALL` entries have
    /// one, boxed: one word in the map keeps `Instance` (whose attributes are a
    /// `DictMap`) and so every heap object 16 bytes smaller (`ObjBox` 96, not 112).
    index: Option<Box<HashTable<u32>>>,
    len: usize,
}

/// Up to this many raw entries the map is a plain vector scanned in order.
const SMALL: usize = 8;

#[inline]
fn mix(h: i64) -> u64 {
    (h as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

#[inline]
fn builtin_cls(o: &crate::objref::ObjRef) -> bool {
    crate::types::tobj(o.cls()).builtin
}

/// Equality that needs no Python code: `Some(answer)`, or `None` when a user `__eq__`
/// may decide.
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => Some(x == y),
        (Obj(x), Obj(y)) if x.is(y) => Some(true),
        // Identity before equality, as CPython's lookups: a NaN key finds itself (an
        // unboxed float's identity is its bits).
        (Float(x), Float(y)) if x.to_bits() == y.to_bits() => Some(true),
        (Int(_) | Bool(_) | Float(_), Int(_) | Bool(_) | Float(_)) => {
            Some(crate::int::num_eq(a, b))
        }
        (None, None) => Some(true),
        (Obj(x), Obj(y)) => match (&x.data, &y.data) {
            // A str subclass may define `__eq__`: the VM compares those.
            (ObjData::Str(s), ObjData::Str(t)) if builtin_cls(x) && builtin_cls(y) => {
                Some(s.as_str() == t.as_str())
            }
            (ObjData::Str(_), ObjData::Str(_)) => Option::None,
            (ObjData::BigInt(p), ObjData::BigInt(q)) => Some(p == q),
            (ObjData::Tuple(p), ObjData::Tuple(q)) => {
                if p.len() != q.len() {
                    return Some(false);
                }
                for (u, v) in p.iter().zip(q.iter()) {
                    if !native_eq(u, v)? {
                        return Some(false);
                    }
                }
                Some(true)
            }
            (ObjData::Instance(_), _) | (_, ObjData::Instance(_)) => Option::None,
            (ObjData::Exception(_), _) | (_, ObjData::Exception(_)) => Option::None,
            (ObjData::BigInt(_), _) | (_, ObjData::BigInt(_)) => Option::None,
            _ => {
                // Same class: a Python `__eq__` may decide; a built-in subclass may
                // equal its base (`[1] == L([1])`), so the VM compares those too.
                if std::ptr::eq(x.cls(), y.cls())
                    || !crate::types::tobj(x.cls()).builtin
                    || !crate::types::tobj(y.cls()).builtin
                {
                    Option::None
                } else {
                    Some(false)
                }
            }
        },
        (Obj(x), _) | (_, Obj(x)) => match &x.data {
            ObjData::BigInt(_) | ObjData::Instance(_) => Option::None,
            _ => Some(false),
        },
        _ => Some(false),
    }
}

impl DictMap {
    pub fn new() -> DictMap {
        DictMap::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Index of the entry equal to `key` natively; keys needing a Python `__eq__` are
    /// pushed to `slow` instead.
    pub fn find(&self, hash: i64, key: &Value, slow: &mut Vec<Value>) -> Option<usize> {
        self.find_by(hash, |k| match native_eq(key, k) {
            Some(r) => r,
            None => {
                slow.push(k.clone());
                false
            }
        })
    }

    /// Small maps (most instance dictionaries) are scanned; larger ones use the table.
    #[inline]
    fn find_by(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        if entries.len() <= SMALL {
            return entries
                .iter()
                .position(|e| matches!(e, Some(e) if e.hash == hash && eq(&e.key)));
        }
        self.index
            .as_ref()?
            .find(
                mix(hash),
                |&i| matches!(&entries[i as usize], Some(e) if e.hash == hash && eq(&e.key)),
            )
            .map(|&i| i as usize)
    }

    /// Index of the entry whose key is this very object (after a slow comparison).
    pub fn find_identical(&self, hash: i64, key: &Value) -> Option<usize> {
        self.find_by(hash, |k| k.is(key))
    }

    /// Fast path for str keys; an interned key matches by pointer first.
    pub fn get_str(&self, hash: i64, key: &str) -> Option<&Value> {
        let i = self.find_by(hash, |k| k.as_str() == Some(key))?;
        self.entries[i].as_ref().map(|e| &e.value)
    }

    /// Lookup by an interned name: pointer comparison, then text.
    pub fn get_name(&self, hash: i64, name: &crate::objref::ObjRef) -> Option<&Value> {
        let i = self.find_by(hash, |k| match k {
            Value::Obj(o) => o.is(name) || o.as_str_opt() == name.as_str_opt(),
            _ => false,
        })?;
        self.entries[i].as_ref().map(|e| &e.value)
    }

    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i)?.as_ref()
    }

    pub fn value_at(&self, i: usize) -> Option<&Value> {
        Some(&self.entries.get(i)?.as_ref()?.value)
    }

    pub fn set_at(&mut self, i: usize, v: Value) -> Option<Value> {
        let e = self.entries.get_mut(i)?.as_mut()?;
        Some(std::mem::replace(&mut e.value, v))
    }

    /// Appends a key known to be absent.
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
        let i = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        let full = self.index.as_ref().is_none_or(|t| t.len() == t.capacity());
        if i + 1 > SMALL && full {
            // Growing rebuilds the index from the entries in order, as CPython's
            // `dictresize` does: hashbrown's own resize would re-read each entry's hash
            // in bucket order, a cache miss per entry once the dict outgrows the cache.
            self.rebuild_index(self.entries.len() * 2);
        } else if let Some(index) = self.index.as_mut().filter(|_| i + 1 > SMALL) {
            let entries = &self.entries;
            index.insert_unique(mix(hash), i as u32, |&j| {
                mix(entries[j as usize].as_ref().map_or(0, |e| e.hash))
            });
        }
    }

    fn rebuild_index(&mut self, capacity: usize) {
        let mut index = Box::new(HashTable::with_capacity(capacity));
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            if let Some(e) = e {
                index.insert_unique(mix(e.hash), i as u32, |&j| {
                    mix(entries[j as usize].as_ref().map_or(0, |e| e.hash))
                });
            }
        }
        self.index = Some(index);
    }

    pub fn remove_at(&mut self, i: usize) -> Option<Entry> {
        let e = self.entries.get_mut(i)?.take()?;
        if let Some(index) = self.index.as_mut().filter(|_| self.entries.len() > SMALL) {
            if let Ok(found) = index.find_entry(mix(e.hash), |&j| j as usize == i) {
                found.remove();
            }
        }
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.index = None;
        self.len = 0;
        for e in old.into_iter().flatten() {
            self.push(e.hash, e.key, e.value);
        }
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index = None;
        self.len = 0;
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The entry at raw position `pos` or later, for iterators that survive mutation.
    pub fn next_from(&self, pos: usize) -> Option<(usize, &Entry)> {
        self.entries
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, e)| e.as_ref().map(|e| (i, e)))
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Raw entry count including holes; iterators compare it to detect resizing.
    pub fn raw_len(&self) -> usize {
        self.entries.len()
    }

    pub fn pop_last(&mut self) -> Option<Entry> {
        let i = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(i)
    }
}
