//! The compiler (AST to bytecode), the VM, the object model, builtins, exceptions and tracebacks.
//!
//! Each folder is one layer; `lib.rs` re-exports every module at the crate root too, so
//! `crate::list` and `crate::containers::list` name the same module (short paths in `use`).

pub mod compile;
pub mod containers;
pub mod core_modules;
pub mod errors;
pub mod exec;
pub mod format;
pub mod numbers;
pub mod objects;
pub mod text;

pub use compile::{bytecode, code, compile_expr, compile_stmt, compiler, dis, symtable};
pub use containers::{
    dict, dict_methods, dict_ops, dict_views, list, list_lock, list_methods, set_ops, set_table,
    sort, tuple,
};
pub use core_modules::{argparse, builtins, eval_exec, output, stdio, sysmod};
pub use errors::{exc, exc_attrs, exc_group, raise, tb_objects, traceback};
pub use exec::{
    async_gen, call, eval, fastcall, frame, gen_ops, generator, import, import_lock, interactive,
    names, run, threadstate, vm,
};
pub use numbers::{complex, float, int, num_methods};
pub use objects::{
    attr, attr_cache, class, ctor_fast, func, instance, iter, iterops, module, namespace,
    obj_attrs, object, objref, ops, repr, seq, singletons, structseq, subclass, subscript,
    type_methods, types, value,
};
pub use text::{
    bytearray, bytes, bytes_methods, codecs, memoryview, printf, pystr, str_methods, str_text,
    value_format,
};

pub use run::{dis_source, run_in, run_module_in, run_program, Program};
pub use value::Value;
pub use vm::{Interp, ModuleInit, Vm};
