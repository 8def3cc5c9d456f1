//! Native iterator state: sequences by index, dict views by position, and the lazy
//! builtins (enumerate, zip, map, filter, reversed) that wrap other iterators.

use crate::value::Value;

pub enum IterState {
    /// list, tuple, str (by character), bytes: the sequence and the next index.
    Seq {
        seq: Value,
        idx: usize,
    },
    /// Reversed list/tuple: next index counts down.
    Rev {
        seq: Value,
        idx: isize,
    },
    /// A dict or set: raw entry position; `kind` 0 keys, 1 values, 2 items.
    Dict {
        dict: Value,
        pos: usize,
        kind: u8,
        len: usize,
        /// The last `(key, value)` tuple handed out, refilled while only this iterator
        /// holds it (`tuple::pair_reusing`).
        last: Option<crate::objref::ObjRef>,
    },
    Enumerate {
        it: Value,
        n: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        f: Value,
        its: Vec<Value>,
    },
    Filter {
        f: Value,
        it: Value,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        f: Value,
        sentinel: Value,
    },
    Done,
}

/// CPython's iterator type names, one built-in type each (same methods as `iterator`).
pub const ITER_NAMES: [&str; 17] = [
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "list_reverseiterator",
    "reversed",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "callable_iterator",
    "dict_reversekeyiterator",
];

/// Indexes into `ITER_NAMES`.
pub mod kind {
    pub const LIST: usize = 0;
    pub const TUPLE: usize = 1;
    pub const STR_ASCII: usize = 2;
    pub const STR: usize = 3;
    pub const BYTES: usize = 4;
    pub const LIST_REVERSE: usize = 5;
    pub const REVERSED: usize = 6;
    pub const DICT_KEYS: usize = 7;
    pub const DICT_VALUES: usize = 8;
    pub const DICT_ITEMS: usize = 9;
    pub const SET: usize = 10;
    pub const ENUMERATE: usize = 11;
    pub const ZIP: usize = 12;
    pub const MAP: usize = 13;
    pub const FILTER: usize = 14;
    pub const CALLABLE: usize = 15;
    pub const DICT_REVERSE_KEYS: usize = 16;
}

/// The built-in iterator type of `ITER_NAMES[k]`, created on first use with the
/// methods of the generic `iterator` type.
pub fn iter_type(k: usize) -> crate::types::TypeRef {
    use crate::types::{make_type, new_type_obj, tobj, types, Layout};
    static TYPES: std::sync::OnceLock<Vec<crate::types::TypeRef>> = std::sync::OnceLock::new();
    let all = TYPES.get_or_init(|| {
        let t = types();
        ITER_NAMES
            .iter()
            .filter_map(|name| {
                let ty = make_type(
                    t.type_,
                    new_type_obj(name, vec![t.object], Layout::Native, true),
                )
                .ok()?;
                for (k, v) in tobj(t.iterator).dict.items() {
                    tobj(ty).dict.set(&k, v);
                }
                tobj(ty).dict.track_epoch();
                Some(ty)
            })
            .collect()
    });
    all.get(k)
        .copied()
        .unwrap_or(crate::types::types().iterator)
}

/// The iterator kind a state gets by default.
pub fn default_kind(state: &IterState) -> usize {
    use crate::object::ObjData;
    match state {
        IterState::Seq { seq, .. } => match seq.data() {
            Some(ObjData::List(_)) => kind::LIST,
            Some(ObjData::Tuple(_)) => kind::TUPLE,
            Some(ObjData::Str(s)) if s.is_ascii() => kind::STR_ASCII,
            Some(ObjData::Str(_)) => kind::STR,
            Some(ObjData::Bytes(_)) => kind::BYTES,
            _ => kind::LIST,
        },
        IterState::Rev { .. } => kind::LIST_REVERSE,
        IterState::Dict { dict, kind: k, .. } => match dict.data() {
            Some(ObjData::Set(_)) => kind::SET,
            _ => kind::DICT_KEYS + (*k as usize).min(2),
        },
        IterState::Enumerate { .. } => kind::ENUMERATE,
        IterState::Zip { .. } => kind::ZIP,
        IterState::Map { .. } => kind::MAP,
        IterState::Filter { .. } => kind::FILTER,
        IterState::Callable { .. } => kind::CALLABLE,
        IterState::Done => kind::LIST,
    }
}
