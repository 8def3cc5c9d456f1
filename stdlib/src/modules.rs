//! Registers the everyday modules: native ones (`math`, `os`, `_hashlib`) by init
//! function, the Python-source ones (`stdlib/src/py/*.py`) by their embedded text.

use skein_interp::Interp;

/// Python-source modules: import name and embedded source.
const SOURCE_MODULES: &[(&str, &str)] = &[
    ("posixpath", include_str!("py/posixpath.py")),
    ("_environ", include_str!("py/_environ.py")),
    ("hashlib", include_str!("py/hashlib.py")),
    ("functools", include_str!("py/functools.py")),
    ("itertools", include_str!("py/itertools.py")),
    ("operator", include_str!("py/operator.py")),
    ("string", include_str!("py/string.py")),
    ("typing", include_str!("py/typing.py")),
    ("collections", include_str!("py/collections/__init__.py")),
    ("collections.abc", include_str!("py/collections/abc.py")),
    ("contextlib", include_str!("py/contextlib.py")),
    ("copy", include_str!("py/copy.py")),
    ("textwrap", include_str!("py/textwrap.py")),
    ("abc", include_str!("py/abc.py")),
    ("enum", include_str!("py/enum.py")),
    ("dataclasses", include_str!("py/dataclasses.py")),
    ("json", include_str!("py/json/__init__.py")),
    ("json.decoder", include_str!("py/json/decoder.py")),
    ("json.encoder", include_str!("py/json/encoder.py")),
    ("random", include_str!("py/random.py")),
    ("types", include_str!("py/types.py")),
    ("heapq", include_str!("py/heapq.py")),
    ("bisect", include_str!("py/bisect.py")),
    ("traceback", include_str!("py/traceback.py")),
    ("io", include_str!("py/io.py")),
    ("importlib", include_str!("py/importlib.py")),
];

pub fn register(interp: &Interp) {
    interp.register_module("math", crate::math_mod::init);
    interp.register_module("os", crate::os_mod::init);
    interp.register_module("_hashlib", crate::hashlib_mod::init);
    interp.register_module("_random", crate::random_mod::init);
    interp.register_module("_collections", crate::deque_mod::init);
    interp.register_module("_fdio", crate::io_mod::init);
    for (name, src) in SOURCE_MODULES {
        interp.register_source_module(name, src);
    }
}
