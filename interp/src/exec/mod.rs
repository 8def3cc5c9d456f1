//! Executing code: the eval loop, frames, calls, generators and coroutines, imports, and the per-thread VM.

pub mod async_gen;
pub mod call;
pub mod eval;
pub mod fastcall;
pub mod frame;
pub mod gen_ops;
pub mod generator;
pub mod import;
pub mod import_lock;
pub mod interactive;
pub mod names;
pub mod run;
pub mod threadstate;
pub mod vm;
