//! `Value`: what a variable or stack slot holds — small ints, floats, bools and None unboxed, everything else a counted object.

use crate::object::ObjData;
use crate::objref::ObjRef;
use crate::types::{types, TypeRef};

/// A full-word tag: with a byte tag, moves copy the seven padding bytes separately and
/// stall store forwarding on the hot push/pop path.
#[derive(Debug)]
#[repr(u64)]
pub enum Value {
    /// An unbound local or an empty slot; never visible to scripts.
    Unbound,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

/// By hand: the derived clone dispatched through a jump table on the tag (a clone per
/// `LoadFast`); only `Obj` needs work, every other variant is two plain words.
impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            return Value::Obj(o.clone());
        }
        // SAFETY: the other variants hold no resources (no Drop), so a bitwise copy is
        // a complete clone.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    #[inline]
    pub fn class(&self) -> TypeRef {
        let t = types();
        match self {
            Value::Unbound | Value::None => t.none_type,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(o) => o.cls(),
        }
    }

    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Unbound, Value::Unbound) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a.is(b),
            _ => false,
        }
    }

    pub fn obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    pub fn data(&self) -> Option<&ObjData> {
        self.obj().map(|o| &o.data)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self.data() {
            Some(ObjData::Str(s)) => Some(s.as_str()),
            _ => None,
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn id(&self) -> usize {
        match self {
            Value::Obj(o) => o.id(),
            Value::None => 0x1000,
            Value::Bool(b) => 0x2000 + *b as usize,
            Value::Unbound => 0x3000,
            Value::Int(i) => (*i as usize).wrapping_mul(16).wrapping_add(0x10_0000),
            Value::Float(f) => f.to_bits() as usize,
        }
    }

    pub fn from_obj(o: ObjRef) -> Value {
        Value::Obj(o)
    }

    pub fn type_value(t: TypeRef) -> Value {
        Value::Obj(ObjRef::from_static(t))
    }

    /// Makes a heap value immortal (for constants and shared definitions).
    pub fn immortalize(&self) {
        if let Value::Obj(o) = self {
            o.make_immortal();
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}
