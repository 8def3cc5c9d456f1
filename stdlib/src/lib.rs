//! The importable modules (`threading`, `queue`, `time`, ...) and the one call that registers them with an interpreter.

mod deque_mod;
mod hashlib_mod;
mod io_mod;
mod math_mod;
pub mod modules;
mod os_mod;
pub mod random;
mod random_mod;
mod thread_mod;
mod threads;
mod time_mod;

use skein_interp::Interp;

/// Makes every standard module importable in `interp`: native modules by their init
/// function, Python-source modules by their embedded text.
pub fn register_all(interp: &Interp) {
    threads::register(interp);
    modules::register(interp);
    io_mod::install_open(interp);
}
