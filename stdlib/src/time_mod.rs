//! `_time`, the native half of `time`: the clocks, `sleep` without the global lock, and
//! the C library's calendar calls (`localtime_r`, `gmtime_r`, `mktime`, `strftime`)
//! that `py/time.py` wraps in `struct_time`.

use std::time::Duration;

use skein_interp::argparse::nargs;
use skein_interp::exc::{overflow_error, type_error, value_error};
use skein_interp::func::{new_builtin, KwArgs, NativeFn, PyResult};
use skein_interp::module::{module_ns, new_module};
use skein_interp::object::{ObjBox, ObjData};
use skein_interp::pystr::new_string;
use skein_interp::tuple::new_tuple;
use skein_interp::value::Value;
use skein_interp::Vm;
use skein_runtime::wait::{deadline_after, sleep_until};
use skein_runtime::Clock;

fn secs(ns: i64) -> Value {
    Value::Float(ns as f64 / 1e9)
}

fn time(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult {
    Ok(secs(Clock::Realtime.now_ns()))
}
fn time_ns(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult {
    Ok(Value::Int(Clock::Realtime.now_ns()))
}
fn monotonic(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult {
    Ok(secs(Clock::Monotonic.now_ns()))
}
fn monotonic_ns(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult {
    Ok(Value::Int(Clock::Monotonic.now_ns()))
}
fn process_time(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult {
    Ok(secs(Clock::ProcessCpu.now_ns()))
}
fn process_time_ns(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult {
    Ok(Value::Int(Clock::ProcessCpu.now_ns()))
}
fn thread_time(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult {
    Ok(secs(Clock::ThreadCpu.now_ns()))
}
fn thread_time_ns(_vm: &mut Vm, _a: &[Value], _k: KwArgs) -> PyResult {
    Ok(Value::Int(Clock::ThreadCpu.now_ns()))
}

/// A number of seconds as `time` functions accept it (int or float, not str).
fn num_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        _ => match skein_interp::int::to_f64(v) {
            Some(f) => Ok(f),
            None => match vm.call_special(v, "__float__", vec![])? {
                Some(Value::Float(f)) => Ok(f),
                _ => Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    skein_interp::types::type_name(v.class())
                ))),
            },
        },
    }
}

/// `time.sleep(secs)`: without the global lock; a signal runs its handler and the
/// sleep goes on for the time left (PEP 475).
fn sleep(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult {
    nargs("sleep", args, 1, 1)?;
    let s = num_arg(vm, &args[0])?;
    if s.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    if s > 9.2e9 {
        return Err(overflow_error(match args[0] {
            Value::Float(_) => "timestamp out of range for platform time_t",
            _ => "timestamp too large to convert to C _PyTime_t",
        }));
    }
    let deadline = deadline_after(Some(Duration::from_secs_f64(s)));
    let Some(deadline) = deadline else {
        return Err(overflow_error("sleep length is too large"));
    };
    vm.wait_loop(Some(deadline), |rt, d| {
        sleep_until(rt, d.unwrap_or(deadline))
    })?;
    Ok(Value::None)
}

/// The 11 fields of a broken-down time: year, month, mday, hour, min, sec, wday
/// (Monday 0), yday (1-based), isdst, zone, gmtoff.
fn tm_tuple(tm: &libc::tm) -> Value {
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: tm_zone points to a NUL-terminated string owned by the C library.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    new_tuple(vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        new_string(zone),
        Value::Int(tm.tm_gmtoff),
    ])
}

fn when(vm: &mut Vm, args: &[Value]) -> PyResult<libc::time_t> {
    match args.first() {
        None | Some(Value::None) => Ok(Clock::Realtime.now_ns().div_euclid(1_000_000_000)),
        Some(v) => {
            let f = num_arg(vm, v)?;
            if f.is_nan() {
                return Err(value_error("Invalid value NaN (not a number)"));
            }
            if !f.is_finite() || f.abs() > 1e17 {
                return Err(overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(f.floor() as libc::time_t)
        }
    }
}

fn zeroed_tm() -> libc::tm {
    // SAFETY: tm is plain data; all-zero is a valid value (a null tm_zone).
    unsafe { std::mem::zeroed() }
}

fn localtime(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult {
    nargs("localtime", args, 0, 1)?;
    let t = when(vm, args)?;
    let mut tm = zeroed_tm();
    // SAFETY: valid pointers; localtime_r is thread-safe.
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm_tuple(&tm))
}

fn gmtime(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult {
    nargs("gmtime", args, 0, 1)?;
    let t = when(vm, args)?;
    let mut tm = zeroed_tm();
    // SAFETY: valid pointers; gmtime_r is thread-safe.
    if unsafe { libc::gmtime_r(&t, &mut tm) }.is_null() {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm_tuple(&tm))
}

/// A 9-tuple (as `struct_time` fields) back to a C `tm`.
fn tm_from(vm: &mut Vm, v: &Value) -> PyResult<libc::tm> {
    let items: Vec<Value> = match v.data() {
        Some(ObjData::Tuple(t)) => t.to_vec(),
        Some(ObjData::List(l)) => l.lock().clone(),
        _ => return Err(type_error("Tuple or struct_time argument required")),
    };
    if items.len() < 9 {
        return Err(type_error(format!(
            "function takes exactly 9 arguments ({} given)",
            items.len()
        )));
    }
    let mut f = [0i64; 9];
    for (i, x) in items.iter().take(9).enumerate() {
        f[i] = match x {
            Value::Int(n) => *n,
            Value::Bool(b) => *b as i64,
            _ => vm.index_value(x)?,
        };
    }
    let mut tm = zeroed_tm();
    tm.tm_year = (f[0] - 1900) as i32;
    tm.tm_mon = (f[1] - 1) as i32;
    tm.tm_mday = f[2] as i32;
    tm.tm_hour = f[3] as i32;
    tm.tm_min = f[4] as i32;
    tm.tm_sec = f[5] as i32;
    tm.tm_wday = ((f[6] + 1) % 7) as i32;
    tm.tm_yday = (f[7] - 1) as i32;
    tm.tm_isdst = f[8] as i32;
    Ok(tm)
}

fn mktime(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult {
    nargs("mktime", args, 1, 1)?;
    let mut tm = tm_from(vm, &args[0])?;
    tm.tm_wday = -1;
    // SAFETY: valid pointer.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(t as f64))
}

/// `_time.strftime(format, 9-tuple)`.
fn strftime(vm: &mut Vm, args: &[Value], _k: KwArgs) -> PyResult {
    nargs("strftime", args, 2, 2)?;
    let Some(fmt) = args[0].as_str() else {
        return Err(type_error(format!(
            "strftime() argument 1 must be str, not {}",
            skein_interp::types::type_name(args[0].class())
        )));
    };
    let mut tm = tm_from(vm, &args[1])?;
    if tm.tm_mon < 0 || tm.tm_mon > 11 {
        return Err(value_error("month out of range"));
    }
    // Let the C library fill the zone name and offset for %Z/%z.
    let mut probe = tm;
    // SAFETY: valid pointer; mktime normalises a copy.
    let t = unsafe { libc::mktime(&mut probe) };
    let mut local = zeroed_tm();
    // SAFETY: valid pointers.
    if t != -1 && !unsafe { libc::localtime_r(&t, &mut local) }.is_null() {
        tm.tm_zone = local.tm_zone;
        tm.tm_gmtoff = local.tm_gmtoff;
    }
    if fmt.is_empty() {
        return Ok(new_string(String::new()));
    }
    let Ok(cfmt) = std::ffi::CString::new(fmt) else {
        return Err(value_error("embedded null character"));
    };
    let mut cap = 256usize;
    loop {
        let mut buf = vec![0u8; cap];
        // SAFETY: buf has `cap` bytes; the format is NUL-terminated.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                cap,
                cfmt.as_ptr(),
                &tm,
            )
        };
        if n > 0 || cap > 256 * fmt.len().max(1) {
            buf.truncate(n);
            return Ok(new_string(String::from_utf8_lossy(&buf).into_owned()));
        }
        cap *= 4;
    }
}

/// `(timezone, altzone, daylight, (std name, dst name))` for this process's zone.
fn tzinfo(_vm: &mut Vm, _args: &[Value], _k: KwArgs) -> PyResult {
    let year_start = |month: i32| {
        let now = Clock::Realtime.now_ns().div_euclid(1_000_000_000);
        let mut tm = zeroed_tm();
        // SAFETY: valid pointers.
        unsafe { libc::localtime_r(&now, &mut tm) };
        tm.tm_mon = month;
        tm.tm_mday = 1;
        tm.tm_hour = 12;
        tm.tm_isdst = -1;
        let mut probe = tm;
        // SAFETY: valid pointer.
        let t = unsafe { libc::mktime(&mut probe) };
        let mut out = zeroed_tm();
        // SAFETY: valid pointers.
        unsafe { libc::localtime_r(&t, &mut out) };
        out
    };
    let jan = year_start(0);
    let jul = year_start(6);
    let name = |tm: &libc::tm| {
        if tm.tm_zone.is_null() {
            String::from("UTC")
        } else {
            // SAFETY: NUL-terminated string owned by the C library.
            unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
                .to_string_lossy()
                .into_owned()
        }
    };
    let (std_tm, dst_tm) = if jan.tm_gmtoff <= jul.tm_gmtoff {
        (&jan, &jul)
    } else {
        (&jul, &jan)
    };
    Ok(new_tuple(vec![
        Value::Int(-std_tm.tm_gmtoff),
        Value::Int(-dst_tm.tm_gmtoff),
        Value::Int((jan.tm_gmtoff != jul.tm_gmtoff) as i64),
        new_tuple(vec![new_string(name(std_tm)), new_string(name(dst_tm))]),
    ]))
}

fn init(_vm: &mut Vm) -> PyResult<&'static ObjBox> {
    let m = new_module("_time");
    let ns = module_ns(m);
    let fns: &[(&'static str, NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("thread_time", thread_time),
        ("thread_time_ns", thread_time_ns),
        ("sleep", sleep),
        ("localtime", localtime),
        ("gmtime", gmtime),
        ("mktime", mktime),
        ("strftime", strftime),
        ("tzinfo", tzinfo),
    ];
    for (n, f) in fns {
        ns.set(n, new_builtin(n, *f));
    }
    Ok(m)
}

pub fn register(interp: &skein_interp::Interp) {
    interp.register_module("_time", init);
    interp.register_source_module("time", include_str!("py/time.py"));
}
