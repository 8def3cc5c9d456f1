//! Tuple construction helpers.

use std::sync::atomic::Ordering;

use crate::object::{alloc, ObjBox, ObjData};
use crate::objref::ObjRef;
use crate::types::types;
use crate::value::Value;

pub fn new_tuple(items: Vec<Value>) -> Value {
    alloc(types().tuple, ObjData::Tuple(items.into_boxed_slice()))
}

pub fn empty_tuple() -> Value {
    new_tuple(Vec::new())
}

/// `(a, b)` for an iterator that hands out pairs (`dict.items()`): when the iterator
/// holds the only reference to the pair it returned last (the loop unpacked it and let
/// it go), that tuple is refilled instead of allocating a new one, as CPython's
/// `dictiter_iternextitem` does. `id()` of consecutive items then repeats, as in CPython.
pub fn pair_reusing(last: &mut Option<ObjRef>, a: Value, b: Value) -> Value {
    if let Some(t) = last {
        // Acquire: another thread's last use of the tuple happens before our writes.
        // An immortal (shared) tuple never counts 1.
        if t.rc.load(Ordering::Acquire) == 1 {
            let p = t.as_ptr() as *mut ObjBox;
            // SAFETY: the count is 1 and that reference is `last`, which the caller
            // holds exclusively (under the iterator's lock): no one else can see the
            // tuple, and the `Box` behind it was leaked from a mutable allocation.
            if let ObjData::Tuple(items) = unsafe { &mut (*p).data } {
                if let [x, y] = &mut items[..] {
                    let old = (std::mem::replace(x, a), std::mem::replace(y, b));
                    drop(old);
                    return Value::Obj(t.clone());
                }
            }
        }
    }
    let v = new_tuple(vec![a, b]);
    *last = v.obj().cloned();
    v
}
