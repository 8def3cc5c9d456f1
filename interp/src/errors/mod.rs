//! Exceptions: instances and their attributes, raising and catching, traceback objects and printing.

pub mod exc;
pub mod exc_attrs;
pub mod exc_group;
pub mod raise;
pub mod tb_objects;
pub mod traceback;
