//! The identity-only singletons: NotImplemented and Ellipsis.

use std::sync::OnceLock;

use crate::object::ObjData;
use crate::objref::ObjRef;
use crate::types::types;
use crate::value::Value;

pub fn not_implemented() -> Value {
    static N: OnceLock<ObjRef> = OnceLock::new();
    Value::Obj(
        N.get_or_init(|| ObjRef::immortal(types().not_implemented_type, ObjData::Singleton))
            .clone(),
    )
}

pub fn ellipsis() -> Value {
    static E: OnceLock<ObjRef> = OnceLock::new();
    Value::Obj(
        E.get_or_init(|| ObjRef::immortal(types().ellipsis_type, ObjData::Singleton))
            .clone(),
    )
}

pub fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if std::ptr::eq(o.cls(), types().not_implemented_type))
}
