//! Module objects: a name and a namespace of global slots; modules are immortal.

use crate::namespace::Namespace;
use crate::object::{ObjBox, ObjData};
use crate::objref::ObjRef;
use crate::pystr::new_str;
use crate::types::types;
use crate::value::Value;

pub struct Module {
    pub name: String,
    pub ns: Namespace,
}

pub fn new_module(name: &str) -> &'static ObjBox {
    let m = ObjRef::immortal(
        types().module,
        ObjData::Module(Box::new(Module {
            name: name.to_string(),
            ns: Namespace::new(),
        })),
    );
    let b = m.as_static().unwrap_or_else(|| unreachable!());
    if let ObjData::Module(md) = &b.data {
        md.ns.set("__name__", new_str(name));
        md.ns.set("__doc__", Value::None);
    }
    b
}

pub fn module_ns(m: &'static ObjBox) -> &'static Namespace {
    match &m.data {
        ObjData::Module(md) => &md.ns,
        _ => unreachable!("module pointer to a non-module"),
    }
}

pub fn module_name(m: &ObjBox) -> &str {
    match &m.data {
        ObjData::Module(md) => &md.name,
        _ => "?",
    }
}
