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
