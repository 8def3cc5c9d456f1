//! The per-thread VM state and the shared interpreter state: frame stack, handled
//! exception, recursion accounting, the eval-breaker hook, and entry points through which
//! native code calls back into Python (re-entering the loop, never overflowing the Rust stack).

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;
use skein_runtime::breaker::EvalBreaker;

use crate::exc::new_exc_msg;
use crate::frame::{Frame, FrameKind};
use crate::func::{Exc, PyResult};
use crate::module::new_module;
use crate::object::ObjBox;
use crate::objref::ObjRef;
use crate::output::Output;
use crate::types::types;
use crate::value::Value;

/// Builds a native module on first import. `stdlib` registers these (see `register_module`).
pub type ModuleInit = fn(&mut Vm) -> PyResult<&'static ObjBox>;

/// State shared by every thread of one interpreter.
pub struct Interp {
    pub builtins: &'static ObjBox,
    pub sys: &'static ObjBox,
    /// `sys.modules`: a dict object, so scripts can inspect and edit it.
    pub modules: Value,
    pub native_modules: Mutex<HashMap<String, ModuleInit>>,
    /// Modules written in Python and embedded in the binary: name to source text.
    pub source_modules: Mutex<HashMap<String, &'static str>>,
    pub breaker: &'static EvalBreaker,
    /// The runtime: global lock, threads, waits (see `threadstate.rs`).
    pub rt: &'static Arc<skein_runtime::Runtime>,
    pub recursion_limit: AtomicUsize,
    pub out: Output,
    /// One lock per module being imported (`import_lock.rs`).
    pub import_locks: crate::import_lock::ImportLocks,
}

impl Interp {
    /// An interpreter with a runtime of its own whose lock is off (tests, `--dis`); the
    /// command line builds the runtime with the chosen mode and calls `with_runtime`.
    pub fn new() -> Arc<Interp> {
        Interp::with_runtime(crate::threadstate::default_runtime())
    }

    /// An interpreter on `rt`, built on the thread that will run its main program.
    pub fn with_runtime(rt: Arc<skein_runtime::Runtime>) -> Arc<Interp> {
        // One runtime per interpreter for the life of the process: leaked, so its
        // breaker is `'static` and the eval loop polls it without an Arc hop.
        let rt: &'static Arc<skein_runtime::Runtime> = Box::leak(Box::new(rt));
        crate::builtins::init_types();
        let builtins = new_module("builtins");
        let sys = new_module("sys");
        let modules = crate::dict_ops::new_dict();
        let interp = Arc::new(Interp {
            builtins,
            sys,
            modules,
            native_modules: Mutex::new(HashMap::new()),
            source_modules: Mutex::new(HashMap::new()),
            breaker: rt.breaker(),
            rt,
            recursion_limit: AtomicUsize::new(1000),
            out: Output::new(),
            import_locks: Default::default(),
        });
        crate::builtins::fill_builtins(builtins);
        crate::sysmod::fill_sys(&interp);
        crate::threadstate::fill_sys(&interp);
        interp
    }

    /// Registers a native module that `import name` will build on first use.
    pub fn register_module(&self, name: &str, init: ModuleInit) {
        self.native_modules.lock().insert(name.to_string(), init);
    }

    /// Registers a module written in Python whose source is embedded in the binary;
    /// `import name` compiles and runs it on first use, like a `.py` file on `sys.path`.
    pub fn register_source_module(&self, name: &str, source: &'static str) {
        self.source_modules.lock().insert(name.to_string(), source);
    }

    /// Points the eval-breaker poll at the runtime's flag word.
    pub fn with_breaker(self: Arc<Self>, b: &'static EvalBreaker) -> Arc<Self> {
        match Arc::try_unwrap(self) {
            Ok(mut i) => {
                i.breaker = b;
                Arc::new(i)
            }
            Err(a) => a,
        }
    }
}

pub struct Vm {
    pub interp: Arc<Interp>,
    /// Suspended callers of the running frame (the running frame is held by the loop).
    pub frames: Vec<Box<Frame>>,
    /// Frames alive on this thread, for the recursion limit.
    pub depth: usize,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub handled: Value,
    /// Finished frames, reused so calls allocate nothing.
    pub frame_pool: Vec<Box<Frame>>,
    /// Set by a generator frame leaving by `yield` (vs `return`) into native code.
    pub yielded: bool,
    /// The error being unwound is a re-raise: keep its traceback and context.
    pub reraise: bool,
    /// The error being unwound comes from a callee frame: add this frame's line only.
    pub propagating: bool,
    /// An exception to raise inside a generator frame as it resumes (`throw`).
    pub pending_throw: Option<Exc>,
    /// Containers whose repr is being built, to print `[...]` for cycles.
    pub repr_stack: Vec<usize>,
    /// The module of the innermost Python frame that called native code (`globals()`).
    pub cur_module: &'static ObjBox,
    /// The Python frame whose call of a builtin is running (address, 0 for none), for
    /// `locals()`, `vars()`, `eval`/`exec` without dicts. Set and restored around each
    /// builtin call from bytecode, so it always names a live, suspended frame.
    pub caller_frame: usize,
    /// This thread's copy of the recursion limit (read on every call).
    limit: usize,
    /// Class attribute slots for `LoadAttr`/`LoadMethod` on instances.
    pub attr_cache: crate::attr_cache::AttrCache,
    /// Builtins that calls from bytecode run inline, as CPython 3.11's specialized
    /// `PRECALL_NO_KW_LEN` / `_ISINSTANCE` / `_LIST_APPEND`.
    pub hot: HotBuiltins,
}

/// Addresses of the builtin function objects `call_native_fast` answers inline
/// (compared by identity: rebinding `len` in a module does not fool it).
#[derive(Clone, Copy, Default)]
pub struct HotBuiltins {
    pub len: usize,
    pub isinstance: usize,
    pub list_append: usize,
}

impl HotBuiltins {
    fn find(builtins: &'static ObjBox) -> HotBuiltins {
        let addr = |v: Option<Value>| v.and_then(|v| v.obj().map(|o| o.as_ptr() as usize));
        HotBuiltins {
            len: addr(crate::module::module_ns(builtins).get("len")).unwrap_or(0),
            isinstance: addr(crate::module::module_ns(builtins).get("isinstance")).unwrap_or(0),
            list_append: addr(crate::types::tobj(types().list).dict.get("append")).unwrap_or(0),
        }
    }
}

impl Vm {
    pub fn new(interp: Arc<Interp>) -> Vm {
        let builtins = interp.builtins;
        let limit = interp.recursion_limit.load(Ordering::Relaxed);
        Vm {
            interp,
            frames: Vec::new(),
            depth: 0,
            handled: Value::None,
            frame_pool: Vec::new(),
            yielded: false,
            reraise: false,
            propagating: false,
            pending_throw: None,
            repr_stack: Vec::new(),
            cur_module: builtins,
            caller_frame: 0,
            limit,
            attr_cache: Default::default(),
            hot: HotBuiltins::find(builtins),
        }
    }

    #[inline]
    pub fn recursion_limit(&self) -> usize {
        self.limit
    }

    /// Sets the limit for this thread and for threads started later.
    pub fn set_recursion_limit(&mut self, n: usize) {
        self.limit = n;
        self.interp.recursion_limit.store(n, Ordering::Relaxed);
    }

    pub fn recursion_error(&self) -> Exc {
        new_exc_msg(types().recursion_error, "maximum recursion depth exceeded")
    }

    /// Runs `frame` to completion on top of whatever is running (native re-entry).
    pub fn run_frame(&mut self, mut frame: Box<Frame>) -> PyResult {
        frame.boundary = true;
        if self.depth >= self.recursion_limit() {
            self.free_frame(frame);
            return Err(self.recursion_error());
        }
        self.execute(frame)
    }

    /// Calls any callable from native code.
    pub fn call(&mut self, f: &Value, args: Vec<Value>) -> PyResult {
        self.call_kw(f, args, &[])
    }

    pub fn call_kw(&mut self, f: &Value, args: Vec<Value>, kw: &[(ObjRef, Value)]) -> PyResult {
        let outcome = self.call_setup(f.clone(), args, kw)?;
        self.finish_outcome(outcome)
    }

    /// Runs what `call_setup` prepared to its value.
    pub fn finish_outcome(&mut self, outcome: crate::call::Outcome) -> PyResult {
        match outcome {
            crate::call::Outcome::Value(v) => Ok(v),
            crate::call::Outcome::Frame(fr) => {
                // A class call whose `__init__` runs as a frame: the call's value is
                // the instance, not what `__init__` returned.
                let init_of = match &fr.kind {
                    FrameKind::Init(obj) => Some(obj.clone()),
                    _ => None,
                };
                let r = self.run_frame(fr)?;
                match init_of {
                    Some(obj) if r.is_none() => Ok(obj),
                    Some(_) => Err(crate::exc::type_error(format!(
                        "__init__() should return None, not '{}'",
                        crate::types::type_name(r.class())
                    ))),
                    None => Ok(r),
                }
            }
        }
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Vec<Value>) -> PyResult {
        let m = self.get_attr(obj, name)?;
        self.call(&m, args)
    }

    /// Looks up a special method on the type and calls it with `obj` first; `None`
    /// when the type does not define it.
    pub fn call_special(
        &mut self,
        obj: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> PyResult<Option<Value>> {
        let Some(m) = crate::types::lookup(obj.class(), name) else {
            return Ok(None);
        };
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(obj.clone());
        full.extend(args);
        let f = self.bind_descriptor_for_call(&m, obj);
        match f {
            Some(bound) => self.call(&bound, args_without_first(full)).map(Some),
            None => self.call(&m, full).map(Some),
        }
    }

    /// For staticmethod/classmethod special methods the receiver is not passed as-is.
    fn bind_descriptor_for_call(&mut self, m: &Value, obj: &Value) -> Option<Value> {
        match m.data()? {
            crate::object::ObjData::StaticMethod(f) => Some(f.clone()),
            crate::object::ObjData::ClassMethod(f) => Some(crate::object::alloc(
                types().method,
                crate::object::ObjData::Method(f.clone(), Value::type_value(obj.class())),
            )),
            _ => None,
        }
    }

    /// Recycles a finished frame (and its register buffer): calls allocate nothing.
    #[inline(always)]
    pub fn free_frame(&mut self, mut frame: Box<Frame>) {
        frame.regs.clear();
        // Plain function frames (most) have nothing else to reset.
        if frame.ns.is_some()
            || frame.gen.is_some()
            || !matches!(frame.kind, FrameKind::Normal)
            || !frame.outer_handled.is_none()
        {
            frame.ns = None;
            frame.kind = FrameKind::Normal;
            frame.gen = None;
            frame.outer_handled = Value::None;
        }
        if self.frame_pool.len() < 256 {
            self.frame_pool.push(frame);
        }
    }

    #[inline(always)]
    pub fn new_frame(
        &mut self,
        code: &'static crate::code::Code,
        module: &'static ObjBox,
    ) -> Box<Frame> {
        let cap = code.nlocals() + code.ncells() + code.max_stack as usize + 1;
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.code = code;
                f.pc = 0;
                f.base = 0;
                f.module = module;
                f.boundary = false;
                f.regs.reserve(cap);
                f
            }
            None => Box::new(Frame {
                code,
                pc: 0,
                regs: Vec::with_capacity(cap.max(16)),
                base: 0,
                module,
                ns: None,
                kind: FrameKind::Normal,
                boundary: false,
                gen: None,
                outer_handled: Value::None,
            }),
        }
    }

    pub fn builtins_ns(&self) -> &'static crate::namespace::Namespace {
        crate::module::module_ns(self.interp.builtins)
    }

    /// Writes to stdout as one unit (print's whole line at once).
    pub fn write_out(&self, s: &str) {
        self.write_out_releasing(s);
    }

    pub fn flush_out(&self) {
        self.interp.out.flush();
    }
}

fn args_without_first(mut v: Vec<Value>) -> Vec<Value> {
    v.remove(0);
    v
}
