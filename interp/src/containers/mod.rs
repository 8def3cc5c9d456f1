//! The containers: list, tuple, dict (with views) and set, their tables, methods and sorting.

pub mod dict;
pub mod dict_methods;
pub mod dict_ops;
pub mod dict_views;
pub mod list;
pub mod list_lock;
pub mod list_methods;
pub mod set_ops;
pub mod set_table;
pub mod sort;
pub mod tuple;
