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
    text: Text,
    nchars: usize,
    hash: AtomicI64,
}

/// Texts up to this many bytes live inside the object: no second allocation, and the
/// bytes share the header's cache lines (dict key comparisons touch one line, not two).
/// The size keeps every heap object at 96 bytes (a unit test checks it).
const INLINE_CAP: usize = 46;

enum Text {
    Inline { len: u8, buf: [u8; INLINE_CAP] },
    Heap(Box<str>),
}

const NO_HASH: i64 = -1;

fn count_chars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr::from_parts(&[s])
    }

    /// The concatenation of `parts`, built in place when it fits inline.
    pub fn from_parts(parts: &[&str]) -> PyStr {
        let len: usize = parts.iter().map(|p| p.len()).sum();
        let text = if len <= INLINE_CAP {
            let mut buf = [0u8; INLINE_CAP];
            let mut at = 0;
            for p in parts {
                buf[at..at + p.len()].copy_from_slice(p.as_bytes());
                at += p.len();
            }
            Text::Inline {
                len: len as u8,
                buf,
            }
        } else {
            let mut t = String::with_capacity(len);
            for p in parts {
                t.push_str(p);
            }
            Text::Heap(t.into_boxed_str())
        };
        let mut r = PyStr {
            text,
            nchars: 0,
            hash: AtomicI64::new(NO_HASH),
        };
        r.nchars = count_chars(r.as_str());
        r
    }

    pub fn from_string(s: String) -> PyStr {
        if s.len() <= INLINE_CAP {
            return PyStr::new(&s);
        }
        PyStr {
            nchars: count_chars(&s),
            text: Text::Heap(s.into_boxed_str()),
            hash: AtomicI64::new(NO_HASH),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.text {
            Text::Inline { len, buf } => {
                let bytes = &buf[..*len as usize];
                // SAFETY: `buf[..len]` was copied whole from `&str`s (UTF-8) and never
                // changes afterwards.
                unsafe { std::str::from_utf8_unchecked(bytes) }
            }
            Text::Heap(s) => s,
        }
    }

    pub fn char_len(&self) -> usize {
        self.nchars
    }

    pub fn is_ascii(&self) -> bool {
        self.nchars == self.as_str().len()
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != NO_HASH {
            return h;
        }
        let h = str_hash(self.as_str());
        self.hash.store(h, Ordering::Relaxed);
        h
    }

    /// The `i`th character (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        let s = self.as_str();
        if self.is_ascii() {
            s.as_bytes().get(i).map(|b| *b as char)
        } else {
            s.chars().nth(i)
        }
    }

    /// The byte offset of character `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        let s = self.as_str();
        if self.is_ascii() {
            i.min(s.len())
        } else {
            s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
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
    new_from_parts(&[s])
}

/// A new str of `a` followed by `b` (`a + b`), without a temporary for short results.
pub fn new_concat(a: &str, b: &str) -> Value {
    new_from_parts(&[a, b])
}

/// A new str of `parts` joined end to end.
pub fn new_from_parts(parts: &[&str]) -> Value {
    let len: usize = parts.iter().map(|p| p.len()).sum();
    if len > INLINE_CAP {
        return Value::Obj(ObjRef::new(
            types().str,
            ObjData::Str(PyStr::from_parts(parts)),
        ));
    }
    // Short texts are written into the new object itself: assembling them on the stack
    // and moving the struct afterwards stalled on store forwarding (byte-sized stores
    // read back 16 bytes at a time).
    let blank = PyStr {
        text: Text::Inline {
            len: len as u8,
            buf: [0; INLINE_CAP],
        },
        nchars: 0,
        hash: AtomicI64::new(NO_HASH),
    };
    let o = ObjRef::new(types().str, ObjData::Str(blank));
    let p = o.as_ptr() as *mut crate::object::ObjBox;
    // SAFETY: `o` was just allocated (from a leaked `Box`, so the pointer may write) and
    // no other reference to it exists yet.
    let data = unsafe { &mut (*p).data };
    if let ObjData::Str(PyStr {
        text: Text::Inline { buf, .. },
        nchars,
        ..
    }) = data
    {
        let mut at = 0;
        for part in parts {
            buf[at..at + part.len()].copy_from_slice(part.as_bytes());
            at += part.len();
        }
        // Valid UTF-8 (a concatenation of `&str`s): count the non-continuation bytes.
        let bytes = &buf[..len];
        *nchars = if bytes.is_ascii() {
            len
        } else {
            bytes.iter().filter(|b| (**b & 0xC0) != 0x80).count()
        };
    }
    Value::Obj(o)
}

pub fn new_string(s: String) -> Value {
    if s.len() <= INLINE_CAP {
        return new_from_parts(&[&s]);
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_text_does_not_grow_objects() {
        // `PyStr` is no larger than 64 bytes, so with `ObjData`'s tag byte every heap
        // object (a str included) is one 96-byte allocation.
        assert!(std::mem::size_of::<PyStr>() <= 64);
        assert!(std::mem::size_of::<crate::object::ObjBox>() <= 96);
    }

    #[test]
    fn inline_and_heap_texts_read_back() {
        for s in [
            "",
            "a",
            "héllo",
            &"x".repeat(46),
            &"y".repeat(47),
            &"é".repeat(40),
        ] {
            let p = PyStr::new(s);
            assert_eq!(p.as_str(), s);
            assert_eq!(p.char_len(), s.chars().count());
            assert_eq!(PyStr::from_string(s.to_string()).as_str(), s);
            let mid = s.char_indices().nth(3).map_or(0, |(i, _)| i);
            let (a, b) = s.split_at(mid);
            assert_eq!(PyStr::from_parts(&[a, b]).as_str(), s);
        }
    }
}
