//! The compiler (AST to bytecode), the VM, the object model, builtins, exceptions and tracebacks.
pub mod format;
