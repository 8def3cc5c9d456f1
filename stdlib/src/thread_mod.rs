//! `_thread`: OS threads, `lock` and `RLock` on the runtime's primitives, thread
//! identities, and the private hooks `threading.py` is built on (joinable starts,
//! per-thread keys, printing a thread's uncaught exception).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

use skein_interp::argparse::{arg, check_kw, kwarg, nargs};
use skein_interp::exc::{overflow_error, runtime_error, type_error, value_error};
use skein_interp::func::{new_builtin, Exc, KwArgs, NativeFn, PyResult};
use skein_interp::module::{module_ns, new_module};
use skein_interp::object::{alloc, ObjBox, ObjData};
use skein_interp::objref::ObjRef;
use skein_interp::pystr::new_string;
use skein_interp::type_methods::reg;
use skein_interp::types::{make_type, new_type_obj, types, Layout, TypeRef};
use skein_interp::value::Value;
use skein_interp::Vm;
use skein_runtime::thread::{
    current_ident, current_native_id, SpawnOptions, ThreadHandle, MIN_STACK_SIZE,
};
use skein_runtime::wait::{deadline_after, remaining, TIMEOUT_MAX};
use skein_runtime::{Event, Lock, LockError, RLock};

/// Bytes of stack for new threads (`_thread.stack_size`); 0 means the default.
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);

pub(crate) struct ThreadTypes {
    pub lock: TypeRef,
    pub rlock: TypeRef,
    pub handle: TypeRef,
    pub event: TypeRef,
}

/// Makes a built-in class owned by a stdlib module (`_thread.lock`, ...).
pub(crate) fn native_type(module: &str, name: &str) -> TypeRef {
    let t = new_type_obj(name, vec![types().object], Layout::Native, true);
    let t = make_type(types().type_, t).unwrap_or_else(|_| unreachable!("single base"));
    if let ObjData::Type(tt) = &t.data {
        tt.dict.set("__module__", new_string(module.to_string()));
    }
    t
}

pub(crate) fn thread_types() -> &'static ThreadTypes {
    static T: OnceLock<ThreadTypes> = OnceLock::new();
    T.get_or_init(|| {
        let lock = native_type("_thread", "lock");
        let lock_methods: &[(&'static str, NativeFn)] = &[
            ("acquire", lock_acquire),
            ("acquire_lock", lock_acquire),
            ("__enter__", lock_acquire),
            ("release", lock_release),
            ("release_lock", lock_release),
            ("__exit__", lock_exit),
            ("locked", lock_locked),
            ("locked_lock", lock_locked),
            ("_at_fork_reinit", lock_reinit),
            ("__repr__", lock_repr),
            ("__new__", lock_new),
        ];
        for (n, f) in lock_methods {
            reg(lock, n, *f);
        }
        let rlock = native_type("_thread", "RLock");
        let rlock_methods: &[(&'static str, NativeFn)] = &[
            ("acquire", rlock_acquire),
            ("__enter__", rlock_acquire),
            ("release", rlock_release),
            ("__exit__", rlock_exit),
            ("_is_owned", rlock_is_owned),
            ("_release_save", rlock_release_save),
            ("_acquire_restore", rlock_acquire_restore),
            ("_recursion_count", rlock_count),
            ("__repr__", rlock_repr),
            ("__new__", rlock_new),
        ];
        for (n, f) in rlock_methods {
            reg(rlock, n, *f);
        }
        let handle = native_type("_thread", "_ThreadHandle");
        reg(handle, "join", handle_join);
        reg(handle, "is_done", handle_is_done);
        let event = native_type("_thread", "_Event");
        let event_methods: &[(&'static str, NativeFn)] = &[
            ("set", event_set),
            ("is_set", event_is_set),
            ("__new__", event_new),
        ];
        for (n, f) in event_methods {
            reg(event, n, *f);
        }
        ThreadTypes {
            lock,
            rlock,
            handle,
            event,
        }
    })
}

/// Downcasts `self` of a method to its native payload.
pub(crate) fn payload<'a, T: 'static>(v: &'a Value, what: &str) -> Result<&'a T, Exc> {
    match v.data() {
        Some(ObjData::Native(b)) => b
            .downcast_ref::<T>()
            .ok_or_else(|| type_error(format!("descriptor requires a '{what}' object"))),
        _ => Err(type_error(format!("descriptor requires a '{what}' object"))),
    }
}

pub(crate) fn new_lock_value() -> Value {
    alloc(thread_types().lock, ObjData::Native(Box::new(Lock::new())))
}

fn lock_new(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(new_lock_value())
}

fn rlock_new(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(alloc(
        thread_types().rlock,
        ObjData::Native(Box::new(RLock::new())),
    ))
}

/// Seconds as a float for `timeout=` arguments.
pub(crate) fn seconds(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        _ => match skein_interp::int::to_f64(v) {
            Some(f) => Ok(f),
            None => {
                let f = vm.call_special(v, "__float__", vec![])?;
                match f {
                    Some(Value::Float(x)) => Ok(x),
                    _ => Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        skein_interp::types::type_name(v.class())
                    ))),
                }
            }
        },
    }
}

/// A `timeout=None` argument of a wait: None waits for ever; negative means 0.
fn optional_timeout(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<Duration>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let s = seconds(vm, v)?;
            if s.is_nan() {
                return Err(value_error("Invalid value NaN (not a number)"));
            }
            Ok(Some(Duration::from_secs_f64(s.clamp(0.0, TIMEOUT_MAX))))
        }
    }
}

/// `acquire(blocking=True, timeout=-1)` → the deadline to wait until (`None`: for
/// ever) or `Err(())`-free `Some(now)` for a non-blocking try. CPython's checks.
enum AcquireMode {
    Try,
    Until(Option<std::time::Instant>),
}

fn acquire_args(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<AcquireMode> {
    check_kw("acquire", kw, &["blocking", "timeout"])?;
    if args.len() > 3 {
        return Err(type_error(format!(
            "acquire() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    let blocking = match args.get(1).cloned().or_else(|| kwarg(kw, "blocking")) {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    let timeout_arg = args.get(2).cloned().or_else(|| kwarg(kw, "timeout"));
    let timeout = match &timeout_arg {
        Some(v) => seconds(vm, v)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(value_error(
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(value_error("timeout value must be positive"));
    }
    if !blocking {
        return Ok(AcquireMode::Try);
    }
    if timeout == -1.0 {
        return Ok(AcquireMode::Until(None));
    }
    if timeout.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if timeout * 1e9 >= i64::MAX as f64 {
        return Err(overflow_error(match timeout_arg {
            Some(Value::Float(_)) => "timestamp out of range for platform time_t",
            _ => "timestamp too large to convert to C _PyTime_t",
        }));
    }
    if timeout > TIMEOUT_MAX {
        return Err(overflow_error("timeout value is too large"));
    }
    Ok(AcquireMode::Until(deadline_after(Some(
        Duration::from_secs_f64(timeout),
    ))))
}

fn lock_acquire(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let this = arg(args, 0);
    let lock = payload::<Lock>(&this, "_thread.lock")?;
    // Arguments are checked before the lock is tried, as CPython does.
    let mode = if args.len() == 1 && kw.is_empty() {
        AcquireMode::Until(None)
    } else {
        acquire_args(vm, args, kw)?
    };
    if lock.try_acquire() {
        return Ok(Value::Bool(true));
    }
    match mode {
        AcquireMode::Try => Ok(Value::Bool(false)),
        AcquireMode::Until(deadline) => {
            let got = vm.wait_loop(deadline, |rt, d| lock.acquire_until(rt, d))?;
            Ok(Value::Bool(got))
        }
    }
}

fn lock_err(e: LockError) -> Exc {
    runtime_error(e.to_string())
}

fn lock_release(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let this = arg(args, 0);
    let lock = payload::<Lock>(&this, "_thread.lock")?;
    lock.release().map_err(lock_err)?;
    Ok(Value::None)
}

fn lock_exit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    lock_release(vm, &args[..1.min(args.len())], &[])
}

fn lock_locked(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let this = arg(args, 0);
    Ok(Value::Bool(
        payload::<Lock>(&this, "_thread.lock")?.is_locked(),
    ))
}

fn lock_reinit(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let this = arg(args, 0);
    payload::<Lock>(&this, "_thread.lock")?.reinit();
    Ok(Value::None)
}

fn lock_repr(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let this = arg(args, 0);
    let lock = payload::<Lock>(&this, "_thread.lock")?;
    let state = if lock.is_locked() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(new_string(format!(
        "<{state} _thread.lock object at {:#x}>",
        this.id()
    )))
}

fn rlock_acquire(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let this = arg(args, 0);
    let lock = payload::<RLock>(&this, "_thread.RLock")?;
    let mode = if args.len() == 1 && kw.is_empty() {
        AcquireMode::Until(None)
    } else {
        acquire_args(vm, args, kw)?
    };
    if lock.try_acquire().map_err(lock_err)? {
        return Ok(Value::Bool(true));
    }
    match mode {
        AcquireMode::Try => Ok(Value::Bool(false)),
        AcquireMode::Until(deadline) => {
            let mut err = None;
            let got = vm.wait_loop(deadline, |rt, d| match lock.acquire_until(rt, d) {
                Ok(w) => w,
                Err(e) => {
                    err = Some(e);
                    skein_runtime::Wake::TimedOut
                }
            })?;
            if let Some(e) = err {
                return Err(lock_err(e));
            }
            Ok(Value::Bool(got))
        }
    }
}

fn rlock_release(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let this = arg(args, 0);
    let lock = payload::<RLock>(&this, "_thread.RLock")?;
    lock.release().map_err(lock_err)?;
    Ok(Value::None)
}

fn rlock_exit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    rlock_release(vm, &args[..1.min(args.len())], &[])
}

fn rlock_is_owned(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let this = arg(args, 0);
    Ok(Value::Bool(
        payload::<RLock>(&this, "_thread.RLock")?.is_owned(),
    ))
}

fn rlock_count(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let this = arg(args, 0);
    let lock = payload::<RLock>(&this, "_thread.RLock")?;
    let (owner, count) = lock.owner_and_count();
    Ok(Value::Int(if owner == current_ident() {
        count as i64
    } else {
        0
    }))
}

fn rlock_release_save(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let this = arg(args, 0);
    let lock = payload::<RLock>(&this, "_thread.RLock")?;
    let (owner, count) = lock.release_save().map_err(lock_err)?;
    Ok(skein_interp::tuple::new_tuple(vec![
        Value::Int(count as i64),
        int_u64(owner),
    ]))
}

fn rlock_acquire_restore(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("_acquire_restore", args, 2, 2)?;
    let this = arg(args, 0);
    let lock = payload::<RLock>(&this, "_thread.RLock")?;
    let (count, owner) = match args[1].data() {
        Some(ObjData::Tuple(t)) if t.len() == 2 => (
            skein_interp::int::as_i64(&t[0]).unwrap_or(1) as u64,
            as_u64(&t[1]),
        ),
        _ => return Err(type_error("_acquire_restore() argument must be a 2-tuple")),
    };
    let saved = (owner, count);
    // Retaking after a condition wait cannot time out; a signal runs its handler, then
    // the wait goes on (the handler's exception would leave the lock unowned, so it is
    // raised only once the lock is back).
    let mut pending: Option<Exc> = None;
    while let skein_runtime::Wake::Interrupted = lock.acquire_restore(vm.interp.rt, saved) {
        if let Err(e) = vm.after_interrupted_wait() {
            pending.get_or_insert(e);
        }
    }
    match pending {
        Some(e) => Err(e),
        None => Ok(Value::None),
    }
}

fn rlock_repr(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let this = arg(args, 0);
    let lock = payload::<RLock>(&this, "_thread.RLock")?;
    let (owner, count) = lock.owner_and_count();
    let state = if count > 0 { "locked" } else { "unlocked" };
    Ok(new_string(format!(
        "<{state} _thread.RLock object owner={owner} count={count} at {:#x}>",
        this.id()
    )))
}

fn int_u64(x: u64) -> Value {
    if x <= i64::MAX as u64 {
        Value::Int(x as i64)
    } else {
        skein_interp::int::from_bigint(x.into())
    }
}

fn as_u64(v: &Value) -> u64 {
    match v {
        Value::Int(i) => *i as u64,
        _ => skein_interp::int::as_bigint(v)
            .and_then(|b| u64::try_from(b).ok())
            .unwrap_or(0),
    }
}

struct Handle {
    handle: ThreadHandle,
}

/// `_thread.start_new_thread(function, args, kwargs=None)`.
fn start_new_thread(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    skein_interp::argparse::no_kw("start_new_thread", kw)?;
    if args.len() < 2 || args.len() > 3 {
        return Err(type_error(format!(
            "start_new_thread expected at least 2 arguments, got {}",
            args.len()
        )));
    }
    if !skein_interp::builtins::is_callable(&args[0]) {
        return Err(type_error("first arg must be callable"));
    }
    let call_args = match args[1].data() {
        Some(ObjData::Tuple(t)) => t.to_vec(),
        _ => return Err(type_error("2nd arg must be a tuple")),
    };
    let mut call_kw = Vec::new();
    if let Some(k) = args.get(2).filter(|v| !v.is_none()) {
        let Some(m) = skein_interp::dict_ops::map_of(k)
            .filter(|_| matches!(k.data(), Some(ObjData::Dict(_))))
        else {
            return Err(type_error("optional 3rd arg must be a dictionary"));
        };
        for (key, v) in m.lock().items() {
            match key.obj() {
                Some(o) if key.as_str().is_some() => call_kw.push((o.clone(), v)),
                _ => return Err(type_error("keywords must be strings")),
            }
        }
    }
    let h = start(vm, args[0].clone(), call_args, call_kw, None)?;
    Ok(int_u64(h.ident()))
}

fn start(
    vm: &mut Vm,
    func: Value,
    args: Vec<Value>,
    kw: Vec<(ObjRef, Value)>,
    name: Option<String>,
) -> PyResult<ThreadHandle> {
    let size = STACK_SIZE.load(Ordering::Relaxed);
    let opts = SpawnOptions {
        name,
        stack_size: (size != 0).then_some(size),
    };
    skein_interp::threadstate::spawn_thread(vm, func, args, kw, opts)
        .map_err(|_| runtime_error("can't start new thread"))
}

/// `_thread._start_joinable(function, name, started)`: starts `function()` on a thread
/// whose OS name is `name`, waits until that thread sets the `_thread._Event`
/// `started` (or ends), and returns `(handle, ident, native_id)`.
fn start_joinable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("_start_joinable", args, 3, 3)?;
    let name = args[1].as_str().map(str::to_string);
    let started = payload::<Event>(&args[2], "_thread._Event")?;
    let h = start(vm, args[0].clone(), vec![], vec![], name)?;
    wait_started(vm, &h, started)?;
    let (ident, native) = (h.ident(), h.native_id());
    let hv = alloc(
        thread_types().handle,
        ObjData::Native(Box::new(Handle { handle: h })),
    );
    Ok(skein_interp::tuple::new_tuple(vec![
        hv,
        int_u64(ident),
        int_u64(native),
    ]))
}

/// How long a starter polls for a new thread on another core to register before it
/// sleeps: registration takes 0.1–0.3 ms there; past this the thread is not running.
const START_POLL: Duration = Duration::from_millis(2);

/// Waits until the new thread has set `started` or has ended.
///
/// When the thread runs on another core (`ThreadHandle::on_other_cpu`, lock off) the
/// starter polls instead of sleeping: a sleeper woken from a busy core can wait a
/// scheduler tick (see `skein_runtime::placement`). It then gives the thread a head
/// start of a fifth of the switch interval (1 ms by default), ended early when the
/// thread blocks or finishes: with the lock on, CPython's new thread runs up to a whole
/// interval before its starter goes on, and programs that start a short thread and then
/// another print in start order because of it. Otherwise the starter sleeps, in slices
/// so a thread that ends without setting the flag cannot hang it.
fn wait_started(vm: &mut Vm, h: &ThreadHandle, started: &Event) -> PyResult<()> {
    let ready = || started.is_set() || h.is_finished();
    if h.on_other_cpu() {
        let registered = poll_until(START_POLL, ready);
        if registered {
            let interval = vm.interp.rt.gil().switch_interval_us();
            let head_start = Duration::from_micros(interval / 5);
            poll_until(head_start, || h.is_blocked() || h.is_finished());
        }
    }
    while !ready() {
        let slice = deadline_after(Some(Duration::from_millis(10)));
        vm.wait_loop(slice, |rt, d| started.wait_until(rt, d))?;
    }
    Ok(())
}

/// Spins until `done()` or `limit` has passed; returns `done()`.
fn poll_until(limit: Duration, done: impl Fn() -> bool) -> bool {
    let end = std::time::Instant::now() + limit;
    loop {
        if done() {
            return true;
        }
        if std::time::Instant::now() >= end {
            return false;
        }
        std::hint::spin_loop();
    }
}

/// `handle.join(timeout=None) -> finished`.
fn handle_join(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let this = arg(args, 0);
    let h = payload::<Handle>(&this, "_ThreadHandle")?;
    let timeout = optional_timeout(vm, args.get(1))?;
    let deadline = deadline_after(timeout);
    let done = vm.wait_loop(deadline, |rt, d| {
        // `join` takes a timeout; an unrepresentable deadline means for ever.
        match d {
            None => h.handle.join(rt, None),
            Some(_) => h.handle.join(rt, Some(remaining(d).unwrap_or_default())),
        }
    })?;
    Ok(Value::Bool(done))
}

fn handle_is_done(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let this = arg(args, 0);
    Ok(Value::Bool(
        payload::<Handle>(&this, "_ThreadHandle")?
            .handle
            .is_finished(),
    ))
}

/// `_thread._Event()`: the flag `Thread.start()` waits on until the new thread has
/// registered itself (CPython's `Thread._started`); see `skein_runtime::Event`.
fn event_new(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(alloc(
        thread_types().event,
        ObjData::Native(Box::new(Event::new())),
    ))
}

fn event_set(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("set", args, 1, 1)?;
    payload::<Event>(&args[0], "_thread._Event")?.set();
    Ok(Value::None)
}

fn event_is_set(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("is_set", args, 1, 1)?;
    Ok(Value::Bool(
        payload::<Event>(&args[0], "_thread._Event")?.is_set(),
    ))
}

fn allocate_lock(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("allocate_lock", args, 0, 0)?;
    Ok(new_lock_value())
}

fn get_ident(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(int_u64(current_ident()))
}

fn get_native_id(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(int_u64(current_native_id()))
}

fn main_ident(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(int_u64(vm.interp.rt.main_ident()))
}

fn count(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(
        skein_interp::threadstate::running_threads() as i64
    ))
}

/// A number unique to the calling OS thread for the life of the process (idents are
/// reused as threads come and go; these never are): the key of `threading.local`.
fn local_key(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(skein_interp::namespace::thread_serial() as i64))
}

/// `_thread._local_new(cls, args, kw)`: a `threading.local` of class `cls` whose
/// attributes each thread keeps in its own table (`skein_interp::instance`), so reads
/// touch nothing another thread writes; `args`/`kw` go to `__init__` in every new thread.
fn local_new(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("_local_new", args, 3, 3)?;
    let Some(cls) = args[0]
        .obj()
        .and_then(|o| o.as_static())
        .filter(|o| o.type_obj().is_some())
    else {
        return Err(type_error("_local_new(X): X is not a type object"));
    };
    let call_args = match args[1].data() {
        Some(ObjData::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let mut call_kw = Vec::new();
    if let Some(m) = skein_interp::dict_ops::map_of(&args[2]) {
        for (key, v) in m.lock().items() {
            if let Some(name) = key.as_str() {
                call_kw.push((skein_interp::pystr::intern(name), v));
            }
        }
    }
    Ok(alloc(
        cls,
        ObjData::Instance(skein_interp::instance::Instance::new_thread_local(
            call_args, call_kw,
        )),
    ))
}

fn stack_size(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("stack_size", args, 0, 1)?;
    let old = STACK_SIZE.load(Ordering::Relaxed);
    if let Some(v) = args.first() {
        let n = vm.index_value(v)?;
        if n < 0 {
            return Err(value_error("size must be 0 or a positive value"));
        }
        if n != 0 && n < MIN_STACK_SIZE as i64 {
            return Err(value_error(format!("size not valid: {n} bytes")));
        }
        STACK_SIZE.store(n as usize, Ordering::Relaxed);
    }
    Ok(Value::Int(old as i64))
}

/// `_thread._print_exception(exc)`: the traceback as the main thread would print it,
/// to stderr (threading's excepthook).
fn print_exception(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("_print_exception", args, 1, 1)?;
    if let Some(o) = args[0].obj() {
        vm.flush_out();
        vm.print_exception(o);
    }
    Ok(Value::None)
}

/// `_thread._warn_deprecated(message)`: CPython's default warning filters for a
/// DeprecationWarning raised by the stdlib on behalf of its caller (stacklevel=2):
/// shown once per call site, and only when that site is in `__main__`.
fn warn_deprecated(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    static SEEN: parking_lot::Mutex<Vec<(String, u32, String)>> =
        parking_lot::Mutex::new(Vec::new());
    nargs("_warn_deprecated", args, 1, 1)?;
    let msg = args[0].as_str().unwrap_or_default().to_string();
    // The running frame is the stdlib function; the one below it is its caller.
    let Some(caller) = vm.frames.last() else {
        return Ok(Value::None);
    };
    if skein_interp::module::module_name(caller.module) != "__main__" {
        return Ok(Value::None);
    }
    let code = caller.code;
    let line = code.line_of(caller.pc.saturating_sub(1));
    let file = code.source.filename.clone();
    {
        let mut seen = SEEN.lock();
        let key = (file.clone(), line, msg.clone());
        if seen.contains(&key) {
            return Ok(Value::None);
        }
        seen.push(key);
    }
    let mut text = format!("{file}:{line}: DeprecationWarning: {msg}\n");
    if let Some(src) = code.source.line_text(line) {
        text.push_str(&format!("  {}\n", src.trim()));
    }
    vm.flush_out();
    use std::io::Write;
    let _ = std::io::stderr().write_all(text.as_bytes());
    Ok(Value::None)
}

/// `_thread._caller_outside(module, stacklevel)`: `(filename, lineno, funcname)` of the
/// first frame below the running one whose module is not `module`, then `stacklevel -
/// 1` frames further out (logging's `findCaller`).
fn caller_outside(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("_caller_outside", args, 2, 2)?;
    let skip_mod = args[0].as_str().unwrap_or_default();
    let mut extra = skein_interp::int::as_i64(&args[1]).unwrap_or(1).max(1) - 1;
    let mut found = None;
    for f in vm.frames.iter().rev() {
        if skein_interp::module::module_name(f.module) == skip_mod {
            continue;
        }
        found = Some(f);
        if extra == 0 {
            break;
        }
        extra -= 1;
    }
    Ok(match found {
        Some(f) => skein_interp::tuple::new_tuple(vec![
            new_string(f.code.source.filename.clone()),
            Value::Int(f.code.line_of(f.pc.saturating_sub(1)) as i64),
            new_string(f.code.name.clone()),
        ]),
        None => skein_interp::tuple::new_tuple(vec![
            new_string("(unknown file)".into()),
            Value::Int(0),
            new_string("(unknown function)".into()),
        ]),
    })
}

/// `_thread._format_stack_outside(module)`: `traceback.format_stack()`'s text for the
/// running stack without its innermost frames of `module` (logging's "Call stack:").
fn format_stack_outside(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("_format_stack_outside", args, 1, 1)?;
    let skip_mod = args[0].as_str().unwrap_or_default();
    let mut entries: Vec<skein_interp::exc::TbEntry> = vm
        .frames
        .iter()
        .map(|f| skein_interp::exc::TbEntry {
            code: f.code,
            pc: f.pc.saturating_sub(1) as u32,
        })
        .collect();
    let inner_of_module = vm
        .frames
        .iter()
        .rev()
        .take_while(|f| skein_interp::module::module_name(f.module) == skip_mod)
        .count();
    entries.truncate(entries.len() - inner_of_module);
    Ok(new_string(skein_interp::traceback::format_stack(&entries)))
}

/// `_thread._format_exception(exc)`: the traceback text `print_exception` would print.
fn format_exception(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("_format_exception", args, 1, 1)?;
    Ok(exception_text(vm, &args[0], Vm::format_exception))
}

/// `_thread._format_exception_only(exc)`: what `traceback.format_exception_only` joins.
fn format_exception_only(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("_format_exception_only", args, 1, 1)?;
    Ok(exception_text(vm, &args[0], Vm::format_exception_only))
}

/// `render(exc)` as a str; anything that is not an exception reads as CPython's None.
fn exception_text(vm: &mut Vm, exc: &Value, render: fn(&mut Vm, &ObjRef) -> String) -> Value {
    match exc.obj() {
        Some(o) if matches!(o.data, ObjData::Exception(_)) => new_string(render(vm, o)),
        _ => new_string("NoneType: None\n".into()),
    }
}

fn getpid(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(std::process::id() as i64))
}

fn init(_vm: &mut Vm) -> PyResult<&'static ObjBox> {
    let tt = thread_types();
    let m = new_module("_thread");
    let ns = module_ns(m);
    let fns: &[(&'static str, NativeFn)] = &[
        ("start_new_thread", start_new_thread),
        ("start_new", start_new_thread),
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("get_ident", get_ident),
        ("get_native_id", get_native_id),
        ("_count", count),
        ("stack_size", stack_size),
        ("_start_joinable", start_joinable),
        ("_main_ident", main_ident),
        ("_local_key", local_key),
        ("_local_new", local_new),
        ("_print_exception", print_exception),
        ("_warn_deprecated", warn_deprecated),
        ("_caller_outside", caller_outside),
        ("_format_exception", format_exception),
        ("_format_stack_outside", format_stack_outside),
        ("_format_exception_only", format_exception_only),
        ("_getpid", getpid),
    ];
    for (n, f) in fns {
        ns.set(n, new_builtin(n, *f));
    }
    ns.set("LockType", Value::type_value(tt.lock));
    ns.set("RLock", Value::type_value(tt.rlock));
    ns.set("_Event", Value::type_value(tt.event));
    ns.set("error", Value::type_value(types().runtime_error));
    ns.set("TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    Ok(m)
}

pub fn register(interp: &skein_interp::Interp) {
    interp.register_module("_thread", init);
}
