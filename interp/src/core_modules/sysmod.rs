//! The minimal `sys` module: argv, path, modules, exit, the recursion
//! limit, version information, and `_is_gil_enabled`.

use crate::argparse::*;
use crate::exc::type_error;
use crate::func::{new_builtin, KwArgs, PyResult};
use crate::module::module_ns;
use crate::object::ObjData;
use crate::pystr::{new_str, new_string};
use crate::types::types;
use crate::value::Value;
use crate::vm::{Interp, Vm};

pub fn fill_sys(interp: &Interp) {
    let ns = module_ns(interp.sys);
    ns.set("modules", interp.modules.clone());
    ns.set("argv", crate::list::new_list(vec![]));
    ns.set("path", crate::list::new_list(vec![]));
    crate::stdio::install(interp);
    ns.set("maxsize", Value::Int(i64::MAX));
    ns.set("platform", new_str("linux"));
    ns.set("byteorder", new_str("little"));
    ns.set("version", new_str("3.11.7 (skein)"));
    ns.set(
        "executable",
        new_string(
            std::env::current_exe()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
    );
    install_info(ns);
    ns.set("hexversion", Value::Int(0x030B07F0));
    let fns: &[(&'static str, crate::func::NativeFn)] = &[
        ("exit", sys_exit),
        ("setrecursionlimit", setrecursionlimit),
        ("getrecursionlimit", getrecursionlimit),
        ("exc_info", exc_info),
        ("exception", exception),
        ("_is_gil_enabled", is_gil_enabled),
        ("intern", intern),
        ("getdefaultencoding", getdefaultencoding),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("get_int_max_str_digits", get_int_max_str_digits),
    ];
    for (n, f) in fns {
        ns.set(n, new_builtin(n, *f));
    }
    let mods = &interp.modules;
    if let Some(ObjData::Dict(d)) = mods.data() {
        let mut g = d.lock();
        for (name, m) in [("sys", interp.sys), ("builtins", interp.builtins)] {
            let k = crate::pystr::interned(name);
            let h = crate::pystr::str_hash(name);
            g.push(h, k, Value::Obj(crate::objref::ObjRef::from_static(m)));
        }
    }
}

/// `sys.version_info`, `sys.float_info` and `sys.int_info`: struct sequences with
/// CPython 3.11.7's values on 64-bit Linux (the float figures are IEEE-754 double's).
fn install_info(ns: &crate::namespace::Namespace) {
    use crate::structseq;
    let vi = structseq::new_type(
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    let version = [3, 11, 7].map(Value::Int);
    let mut values = version.to_vec();
    values.extend([new_str("final"), Value::Int(0)]);
    ns.set("version_info", structseq::new(vi, values));
    let fi = structseq::new_type(
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    );
    let float_values = vec![
        Value::Float(f64::MAX),
        Value::Int(f64::MAX_EXP as i64),
        Value::Int(f64::MAX_10_EXP as i64),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(f64::MIN_EXP as i64),
        Value::Int(f64::MIN_10_EXP as i64),
        Value::Int(f64::DIGITS as i64),
        Value::Int(f64::MANTISSA_DIGITS as i64),
        Value::Float(f64::EPSILON),
        Value::Int(f64::RADIX as i64),
        Value::Int(1),
    ];
    ns.set("float_info", structseq::new(fi, float_values));
    let ii = structseq::new_type(
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
    );
    let int_values = [30, 4, 4300, 640].map(Value::Int).to_vec();
    ns.set("int_info", structseq::new(ii, int_values));
}

pub fn sys_exit(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Err(crate::exc::new_exception(
        types().system_exit,
        args.iter().take(1).cloned().collect(),
    ))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("setrecursionlimit", args, 1, 1)?;
    let n = vm.index_value(&args[0])?;
    if n < 1 {
        return Err(crate::exc::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    // The Rust stack bounds native re-entry; keep the limit where it cannot overflow.
    let n = (n as usize).min(100_000);
    vm.set_recursion_limit(n);
    Ok(Value::None)
}

/// `sys.set_int_max_str_digits(maxdigits)`: the limit lives in `format::intstr`.
fn set_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    crate::argparse::check_kw("set_int_max_str_digits", kw, &["maxdigits"])?;
    let Some(n) = args
        .first()
        .cloned()
        .or_else(|| crate::argparse::kwarg(kw, "maxdigits"))
    else {
        return Err(type_error(
            "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
        ));
    };
    let n = vm.index_value(&n)?;
    crate::format::intstr::set_int_max_str_digits(n)?;
    Ok(Value::None)
}

fn get_int_max_str_digits(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(
        crate::format::intstr::int_max_str_digits() as i64
    ))
}

fn getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(vm.recursion_limit() as i64))
}

fn exc_info(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    let h = vm.handled.clone();
    if matches!(h, Value::None | Value::Unbound) {
        return Ok(crate::tuple::new_tuple(vec![
            Value::None,
            Value::None,
            Value::None,
        ]));
    }
    let tb = match &h {
        Value::Obj(e) => vm.traceback_of(e)?,
        _ => Value::None,
    };
    Ok(crate::tuple::new_tuple(vec![
        Value::type_value(h.class()),
        h,
        tb,
    ]))
}

fn exception(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(vm.handled.clone())
}

fn is_gil_enabled(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Bool(true))
}

fn intern(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    match args.first().and_then(|v| v.as_str()) {
        Some(s) => Ok(crate::pystr::interned(s)),
        None => Err(type_error("intern() argument must be str")),
    }
}

fn getdefaultencoding(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(new_str("utf-8"))
}
