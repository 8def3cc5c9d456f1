//! How the VM meets the runtime: the eval-breaker slow path (lock hand-off, signals,
//! shutdown), Python threads on new OS threads each with its own `Vm`, blocking waits in
//! a PEP 475 loop, stdout writes without the lock, the end of the program (joining
//! non-daemon threads), and the `sys` functions about the lock.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use skein_runtime::gil::GilMode;
use skein_runtime::signals::SignalSet;
use skein_runtime::thread::{SpawnOptions, ThreadHandle};
use skein_runtime::wait::Wake;
use skein_runtime::{Config, Pending, Runtime};

use crate::argparse::nargs;
use crate::func::{new_builtin, KwArgs, PyResult};
use crate::module::module_ns;
use crate::objref::ObjRef;
use crate::value::Value;
use crate::vm::{Interp, Vm};

/// The runtime an `Interp::new()` gets: its own, lock off, so tests that build many
/// interpreters on parallel threads never wait for one another.
pub fn default_runtime() -> Arc<Runtime> {
    Runtime::new(Config {
        gil: GilMode::Off,
        ..Config::default()
    })
}

/// Runs the Python handlers of the signals taken at a poll; installed by the `signal`
/// module. Without one, SIGINT raises KeyboardInterrupt and the rest are dropped.
pub type SignalRunner = fn(&mut Vm, SignalSet) -> PyResult<()>;

static SIGNAL_RUNNER: OnceLock<SignalRunner> = OnceLock::new();

/// Lets the `signal` module run Python handlers at polls and interrupted waits.
pub fn set_signal_runner(f: SignalRunner) {
    let _ = SIGNAL_RUNNER.set(f);
}

fn run_signals(vm: &mut Vm, set: SignalSet) -> PyResult<()> {
    if set.is_empty() {
        return Ok(());
    }
    match SIGNAL_RUNNER.get() {
        Some(f) => f(vm, set),
        None if set.contains(2) => Err(crate::exc::new_exception(
            crate::types::types().keyboard_interrupt,
            vec![],
        )),
        None => Ok(()),
    }
}

/// A thread other than main that sees shutdown stops for good: daemon threads are
/// abandoned at exit, as in CPython, and must not run (or print) past it.
fn park_forever(rt: &Runtime) -> ! {
    rt.release();
    loop {
        std::thread::park();
    }
}

impl Vm {
    /// The eval breaker's slow path: hands the lock over if asked (inside `poll`), runs
    /// signal handlers on the main thread; their exception is raised here.
    pub fn handle_breaker(&mut self) -> PyResult<()> {
        let rt = self.interp.rt;
        if rt.breaker().has(skein_runtime::reason::UNPIN_REQUEST) {
            crate::instance::unpin_requested();
        }
        match rt.handle_breaker() {
            None => Ok(()),
            Some(Pending::Signals) => {
                let set = rt.take_signals();
                run_signals(self, set)
            }
            Some(Pending::Shutdown) => {
                if !rt.is_main_thread() {
                    park_forever(rt);
                }
                Ok(())
            }
        }
    }

    /// What a blocking wait that returned `Interrupted` must do before waiting again
    /// with the same deadline (PEP 475): run the handlers (their exception abandons the
    /// wait), or stop for good if the interpreter is shutting down.
    pub fn after_interrupted_wait(&mut self) -> PyResult<()> {
        let rt = self.interp.rt;
        if rt.is_shutting_down() && !rt.is_main_thread() {
            park_forever(rt);
        }
        let set = rt.take_signals();
        run_signals(self, set)
    }

    /// Repeats `wait(deadline)` until it is not interrupted: the PEP 475 loop every
    /// blocking primitive uses. True when it was notified (acquired, set, finished),
    /// false on timeout.
    pub fn wait_loop(
        &mut self,
        deadline: Option<Instant>,
        mut wait: impl FnMut(&Runtime, Option<Instant>) -> Wake,
    ) -> PyResult<bool> {
        loop {
            match wait(self.interp.rt, deadline) {
                Wake::Notified => return Ok(true),
                Wake::TimedOut => return Ok(false),
                Wake::Interrupted => {
                    self.after_interrupted_wait()?;
                    if deadline.is_some_and(|d| Instant::now() >= d) {
                        return Ok(false);
                    }
                }
            }
        }
    }

    /// Writes stdout without the global lock when the write reaches the file (it can
    /// block on a full pipe), as CPython's write releases it; buffered appends keep it.
    pub fn write_out_releasing(&self, s: &str) {
        let out = &self.interp.out;
        if out.flushes_on(s.as_bytes()) {
            self.interp.rt.allow_threads(|| out.write(s.as_bytes()));
        } else {
            out.write(s.as_bytes());
        }
    }
}

/// Starts `func(*args, **kw)` on a new OS thread with its own `Vm` sharing `interp`.
/// An exception that escapes is printed as CPython's `_thread` does (threading catches
/// its own first); SystemExit ends the thread quietly.
pub fn spawn_thread(
    vm: &Vm,
    func: Value,
    args: Vec<Value>,
    kw: Vec<(ObjRef, Value)>,
    opts: SpawnOptions,
) -> std::io::Result<ThreadHandle> {
    let interp: Arc<Interp> = vm.interp.clone();
    let rt = interp.rt;
    RUNNING.fetch_add(1, Ordering::Relaxed);
    let started = rt.spawn(opts, move || {
        let _running = RunningGuard;
        let mut tvm = Vm::new(interp);
        if let Err(e) = tvm.call_kw(&func, args, &kw) {
            if !tvm.is_system_exit(&e) {
                tvm.flush_out();
                let shown = tvm.repr(&func).unwrap_or_default();
                eprintln!("Exception ignored in thread started by: {shown}");
                tvm.print_exception(&e);
            }
        }
        tvm.flush_out();
        drop(func);
        drop(tvm);
        // Its `threading.local` values die with the thread, while freeing is still safe.
        crate::instance::end_thread();
    });
    if started.is_err() {
        RUNNING.fetch_sub(1, Ordering::Relaxed);
    }
    started
}

/// Threads started by `spawn_thread` whose body has not ended (`_thread._count()`).
static RUNNING: AtomicUsize = AtomicUsize::new(0);

struct RunningGuard;

impl Drop for RunningGuard {
    fn drop(&mut self) {
        RUNNING.fetch_sub(1, Ordering::Relaxed);
    }
}

pub fn running_threads() -> usize {
    RUNNING.load(Ordering::Relaxed)
}

/// The end of the program on the main thread, after its uncaught exception (if any)
/// was reported: `threading._shutdown()` joins every non-daemon thread, then the
/// runtime starts shutdown so daemon threads stop where they are.
pub fn at_exit(vm: &mut Vm) {
    let modules = vm.interp.modules.clone();
    let threading = vm
        .dict_get(&modules, &crate::pystr::new_str("threading"))
        .ok()
        .flatten();
    if let Some(t) = threading {
        if let Ok(f) = vm.get_attr(&t, "_shutdown") {
            if let Err(e) = vm.call(&f, vec![]) {
                vm.flush_out();
                vm.print_exception(&e);
            }
        }
    }
    // Files still open flush their write buffers, as CPython's do at exit.
    let io = vm
        .dict_get(&modules, &crate::pystr::new_str("io"))
        .ok()
        .flatten();
    if let Some(f) = io.and_then(|m| vm.get_attr(&m, "_flush_all").ok()) {
        let _ = vm.call(&f, vec![]);
    }
    vm.flush_out();
    vm.interp.rt.begin_shutdown();
}

/// `sys._is_gil_enabled`, `sys.getswitchinterval`, `sys.setswitchinterval`.
pub fn fill_sys(interp: &Interp) {
    let ns = module_ns(interp.sys);
    let fns: &[(&'static str, crate::func::NativeFn)] = &[
        ("_is_gil_enabled", is_gil_enabled),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
    ];
    for (n, f) in fns {
        ns.set(n, new_builtin(n, *f));
    }
}

fn is_gil_enabled(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("_is_gil_enabled", args, 0, 0)?;
    Ok(Value::Bool(vm.interp.rt.gil_enabled()))
}

fn getswitchinterval(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("getswitchinterval", args, 0, 0)?;
    Ok(Value::Float(vm.interp.rt.gil().switch_interval_secs()))
}

fn setswitchinterval(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("setswitchinterval", args, 1, 1)?;
    let secs = match &args[0] {
        Value::Float(f) => *f,
        v => crate::int::to_f64(v).ok_or_else(|| {
            crate::exc::type_error(format!(
                "must be real number, not {}",
                crate::types::type_name(v.class())
            ))
        })?,
    };
    vm.interp
        .rt
        .gil()
        .set_switch_interval_secs(secs)
        .map_err(|_| crate::exc::value_error("switch interval must be strictly positive"))?;
    Ok(Value::None)
}
