//! The compiler: symbol tables, code generation from the AST, the instruction set and code objects.

pub mod bytecode;
pub mod code;
pub mod compile_expr;
pub mod compile_stmt;
pub mod compiler;
pub mod dis;
pub mod symtable;
