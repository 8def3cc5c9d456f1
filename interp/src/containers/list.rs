//! List construction helpers.

use crate::object::{alloc, ObjData};
use crate::types::types;
use crate::value::Value;

pub fn new_list(items: Vec<Value>) -> Value {
    alloc(
        types().list,
        ObjData::List(crate::list_lock::ListMutex::new(items)),
    )
}

pub fn list_append(l: &Value, v: Value) {
    if let Some(ObjData::List(m)) = l.data() {
        m.lock().push(v);
    }
}

pub fn list_to_tuple(l: &Value) -> Value {
    match l.data() {
        Some(ObjData::List(m)) => crate::tuple::new_tuple(std::mem::take(&mut *m.lock())),
        _ => crate::tuple::empty_tuple(),
    }
}
