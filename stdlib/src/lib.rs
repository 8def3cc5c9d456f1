//! The importable modules (`threading`, `queue`, `asyncio`, ...) that register themselves with the interpreter.
pub mod random;
