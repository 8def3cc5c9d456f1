//! Registers issue 5's modules: `_thread`, `time`, and the Python-source `threading`, `queue` and `logging`.

use skein_interp::Interp;

pub fn register(interp: &Interp) {
    crate::thread_mod::register(interp);
    crate::time_mod::register(interp);
    interp.register_source_module("threading", include_str!("py/threading.py"));
    interp.register_source_module("queue", include_str!("py/queue.py"));
    interp.register_source_module("logging", include_str!("py/logging.py"));
}
