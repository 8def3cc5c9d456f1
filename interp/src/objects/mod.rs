//! The object model: values, heap objects, types and classes, instances, attributes, operators and iteration.

pub mod attr;
pub mod attr_cache;
pub mod class;
pub mod ctor_fast;
pub mod func;
pub mod instance;
pub mod iter;
pub mod iterops;
pub mod module;
pub mod namespace;
pub mod obj_attrs;
pub mod object;
pub mod objref;
pub mod ops;
pub mod repr;
pub mod seq;
pub mod singletons;
pub mod structseq;
pub mod subclass;
pub mod subscript;
pub mod type_methods;
pub mod types;
pub mod value;
