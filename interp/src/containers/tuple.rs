//! Tuple construction helpers.

use crate::object::{alloc, ObjData};
use crate::types::types;
use crate::value::Value;

pub fn new_tuple(items: Vec<Value>) -> Value {
    alloc(types().tuple, ObjData::Tuple(items.into_boxed_slice()))
}

pub fn empty_tuple() -> Value {
    new_tuple(Vec::new())
}
