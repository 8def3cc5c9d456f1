//! `str` payload: UTF-8 text with its cached length in characters and hash, and the intern table.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::object::ObjData;
use crate::objref::ObjRef;
use crate::types::types;
use crate::value::Value;

pub struct PyStr {
    s: Box<str>,
    nchars: usize,
    hash: AtomicI64,
}

const NO_HASH: i64 = -1;

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s: s.into(),
            nchars,
            hash: AtomicI64::new(NO_HASH),
        }
    }

    pub fn from_string(s: String) -> PyStr {
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s: s.into_boxed_str(),
            nchars,
            hash: AtomicI64::new(NO_HASH),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    pub fn char_len(&self) -> usize {
        self.nchars
    }

    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != NO_HASH {
            return h;
        }
        let h = str_hash(&self.s);
        self.hash.store(h, Ordering::Relaxed);
        h
    }

    /// The `i`th character (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|b| *b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// The byte offset of character `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        }
    }
}

/// FNV-1a; never -1 (CPython reserves it).
pub fn str_hash(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn new_str(s: &str) -> Value {
    Value::Obj(ObjRef::new(types().str, ObjData::Str(PyStr::new(s))))
}

pub fn new_string(s: String) -> Value {
    Value::Obj(ObjRef::new(
        types().str,
        ObjData::Str(PyStr::from_string(s)),
    ))
}

fn intern_table() -> &'static Mutex<HashMap<Box<str>, ObjRef>> {
    static T: OnceLock<Mutex<HashMap<Box<str>, ObjRef>>> = OnceLock::new();
    T.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The one immortal `str` object for this text. Identifiers and constants are interned
/// at compile time so attribute lookups compare pointers.
pub fn intern(s: &str) -> ObjRef {
    let mut t = intern_table().lock();
    if let Some(o) = t.get(s) {
        return o.clone();
    }
    let o = ObjRef::immortal(types().str, ObjData::Str(PyStr::new(s)));
    t.insert(s.into(), o.clone());
    o
}

pub fn interned(s: &str) -> Value {
    Value::Obj(intern(s))
}
