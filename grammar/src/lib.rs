//! Skein's front end: source text to a CPython-shaped syntax tree, or a CPython-worded syntax error.

pub mod ast;
pub mod ast_build;
mod depth;
pub mod dump;
pub mod error;
pub mod lexer;
mod number;
mod parse_errors;
pub mod parser;
pub mod pyrepr;
pub mod span;
pub mod strings;
pub mod token;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use span::{LineIndex, Span};
