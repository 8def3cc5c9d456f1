//! Struct sequences (`sys.version_info`, `sys.float_info`, ...): tuples whose items also have names, as CPython's structseq types.
//!
//! An instance is a plain `ObjData::Tuple` whose class is the struct-sequence type, so
//! indexing, comparison, hashing and unpacking are the tuple's own. The field names are
//! the type's `__match_args__` (as in CPython); `attr.rs` reads a named field through
//! `field`, because a builtin cannot carry the index a per-field property would need.

use crate::exc::type_error;
use crate::func::{KwArgs, PyResult};
use crate::object::{alloc, ObjData};
use crate::pystr::{new_str, new_string};
use crate::type_methods::{reg, reg_static};
use crate::types::{make_type, new_type_obj, tobj, types, Layout, TypeRef};
use crate::value::Value;
use crate::vm::Vm;

/// A new struct-sequence type `module.name` with the given field names. Not marked
/// `builtin`: attribute lookup and `repr` then go through the class, as for a subclass.
pub fn new_type(module: &'static str, name: &str, fields: &[&str]) -> TypeRef {
    let t = types();
    let mut obj = new_type_obj(name, vec![t.tuple], Layout::Native, false);
    // No instance attributes: the fields are read-only, as CPython's member descriptors.
    obj.slots = Some(Vec::new());
    let ty = make_type(t.type_, obj)
        .unwrap_or_else(|_| unreachable!("a single tuple base always has an MRO"));
    let d = &tobj(ty).dict;
    d.set("__module__", new_str(module));
    let names: Vec<Value> = fields.iter().map(|f| new_string(f.to_string())).collect();
    let n = Value::Int(fields.len() as i64);
    d.set("__match_args__", crate::tuple::new_tuple(names));
    d.set("n_sequence_fields", n.clone());
    d.set("n_fields", n);
    d.set("n_unnamed_fields", Value::Int(0));
    reg(ty, "__repr__", structseq_repr);
    reg_static(ty, "__new__", structseq_new);
    ty
}

/// An instance of `ty` holding `values` (one per field, in order).
pub fn new(ty: TypeRef, values: Vec<Value>) -> Value {
    alloc(ty, ObjData::Tuple(values.into_boxed_slice()))
}

fn field_names(ty: TypeRef) -> Vec<Value> {
    match tobj(ty).dict.get("__match_args__") {
        Some(names) => crate::seq::snapshot(&names),
        None => Vec::new(),
    }
}

/// The item named `name` of a struct-sequence instance, if `obj` is one and has it.
pub fn field(obj: &Value, name: &str) -> Option<Value> {
    let Some(ObjData::Tuple(items)) = obj.data() else {
        return None;
    };
    let ty = obj.class();
    if std::ptr::eq(ty, types().tuple) || tobj(ty).dict.get("n_sequence_fields").is_none() {
        return None;
    }
    let at = field_names(ty)
        .iter()
        .position(|f| f.as_str() == Some(name))?;
    items.get(at).cloned()
}

/// `repr`: `sys.version_info(major=3, minor=11, ...)`.
fn structseq_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let this = crate::argparse::arg(args, 0);
    let ty = this.class();
    let items = crate::seq::snapshot(&this);
    let mut parts = Vec::with_capacity(items.len());
    for (name, v) in field_names(ty).iter().zip(items.iter()) {
        parts.push(format!(
            "{}={}",
            name.as_str().unwrap_or_default(),
            vm.repr(v)?
        ));
    }
    let to = tobj(ty);
    Ok(new_string(format!(
        "{}.{}({})",
        to.module_name(),
        to.name,
        parts.join(", ")
    )))
}

/// CPython's structseq types from `sys` cannot be instantiated from Python.
fn structseq_new(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let name = match args
        .first()
        .and_then(|c| c.obj())
        .and_then(|o| o.as_static())
    {
        Some(t) => format!("{}.{}", tobj(t).module_name(), tobj(t).name),
        None => "struct sequence".to_string(),
    };
    Err(type_error(format!("cannot create '{name}' instances")))
}
