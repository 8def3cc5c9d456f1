//! CPython's `repr` of the literal types (float, str, bytes, complex), shared by `dump` and the interpreter.
