//! The modules the VM itself provides: builtins and sys, standard streams and output, and native-argument helpers.

pub mod argparse;
pub mod builtins;
pub mod eval_exec;
pub mod output;
pub mod stdio;
pub mod sysmod;
