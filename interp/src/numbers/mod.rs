//! The numeric types: int (small and big), float, complex and their methods.

pub mod complex;
pub mod float;
pub mod int;
pub mod num_methods;
