//! `ast.dump`: prints a tree exactly as CPython's `ast.dump(tree)` does with default options.
