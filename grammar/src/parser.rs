//! The parser's entry points: tokens through the lalrpop grammar to a tree, with CPython's error messages.
