//! The native `os` module: process ids, the environment, the working directory, directory
//! and file operations with CPython's OSError subclasses, `urandom`, `kill`; `os.path` is
//! the Python-source `posixpath`, attached on import.

use std::io::ErrorKind;

use skein_interp::argparse::{check_kw, kwarg, nargs, no_kw};
use skein_interp::exc::{new_exc_msg, new_exception, type_error, value_error};
use skein_interp::func::{new_module_builtin, Exc, KwArgs, NativeFn, PyResult};
use skein_interp::module::{module_ns, new_module};
use skein_interp::object::{ObjBox, ObjData};
use skein_interp::pystr::{new_str, new_string};
use skein_interp::types::{type_name, types};
use skein_interp::value::Value;
use skein_interp::Vm;

pub fn init(vm: &mut Vm) -> PyResult<&'static ObjBox> {
    let m = new_module("os");
    let ns = module_ns(m);
    ns.set("name", new_str("posix"));
    ns.set("sep", new_str("/"));
    ns.set("altsep", Value::None);
    ns.set("extsep", new_str("."));
    ns.set("pathsep", new_str(":"));
    ns.set("linesep", new_str("\n"));
    ns.set("curdir", new_str("."));
    ns.set("pardir", new_str(".."));
    ns.set("devnull", new_str("/dev/null"));
    ns.set("F_OK", Value::Int(0));
    ns.set("R_OK", Value::Int(4));
    ns.set("W_OK", Value::Int(2));
    ns.set("X_OK", Value::Int(1));
    let env = skein_interp::dict_ops::new_dict();
    for (k, v) in std::env::vars_os() {
        let k = new_string(k.to_string_lossy().into_owned());
        let v = new_string(v.to_string_lossy().into_owned());
        vm.dict_set(&env, k, v)?;
    }
    let fns: &[(&'static str, NativeFn)] = &[
        ("getpid", getpid),
        ("getppid", getppid),
        ("getenv", getenv),
        ("getcwd", getcwd),
        ("chdir", chdir),
        ("listdir", listdir),
        ("cpu_count", cpu_count),
        ("remove", remove),
        ("unlink", remove),
        ("rmdir", rmdir),
        ("mkdir", mkdir),
        ("makedirs", makedirs),
        ("rename", rename),
        ("replace", rename),
        ("urandom", urandom),
        ("kill", kill),
        ("fspath", fspath),
        ("_exists", exists),
        ("_isfile", isfile),
        ("_isdir", isdir),
        ("_islink", islink),
        ("_getsize", getsize),
        ("_getmtime", getmtime),
        ("_abspath", abspath),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
    ];
    for (n, f) in fns {
        ns.set(n, new_module_builtin("posix", n, *f));
    }
    let envmod = vm.import_name("_environ", &Value::Int(0), &Value::None, m)?;
    let cls = vm.get_attr(&envmod, "Environ")?;
    let put = ns.get("putenv").unwrap_or(Value::None);
    let unset = ns.get("unsetenv").unwrap_or(Value::None);
    let environ = vm.call(&cls, vec![env, put, unset])?;
    ns.set("environ", environ);
    // posixpath imports os: register this module first so that import finds it
    // instead of building a second os.
    let modules = vm.interp.modules.clone();
    let me = Value::Obj(skein_interp::objref::ObjRef::from_static(m));
    vm.dict_set(&modules, new_str("os"), me)?;
    let path = vm.import_name("posixpath", &Value::Int(0), &Value::None, m)?;
    ns.set("path", path.clone());
    vm.dict_set(&modules, new_str("os.path"), path)?;
    Ok(m)
}

/// CPython's OSError subclass for an I/O error, printed as `[Errno N] text: 'path'`.
pub fn os_error(e: &std::io::Error, path: Option<&str>) -> Exc {
    let t = types();
    let cls = match e.kind() {
        ErrorKind::NotFound => t.file_not_found_error,
        ErrorKind::AlreadyExists => t.file_exists_error,
        ErrorKind::PermissionDenied => t.permission_error,
        _ => match e.raw_os_error() {
            Some(libc::EISDIR) => t.is_a_directory_error,
            Some(libc::ENOTDIR) => t.not_a_directory_error,
            Some(libc::ESRCH) => t.process_lookup_error,
            Some(libc::EINTR) => t.interrupted_error,
            _ => t.os_error,
        },
    };
    let code = e.raw_os_error().unwrap_or(0);
    let mut args = vec![Value::Int(code as i64), new_string(strerror(code))];
    if let Some(p) = path {
        args.push(new_string(p.to_string()));
    }
    new_exception(cls, args)
}

fn strerror(code: i32) -> String {
    // SAFETY: strerror returns a pointer to a static, NUL-terminated message.
    let p = unsafe { libc::strerror(code) };
    if p.is_null() {
        return format!("Unknown error {code}");
    }
    // SAFETY: p is non-null and NUL-terminated (see above).
    unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned()
}

/// A path argument: str (or an object with `__fspath__`).
fn path_arg(vm: &mut Vm, fname: &str, v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(s.to_string());
    }
    if let Some(ObjData::Bytes(b)) = v.data() {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    if let Some(r) = vm.call_special(v, "__fspath__", vec![])? {
        if let Some(s) = r.as_str() {
            return Ok(s.to_string());
        }
    }
    Err(type_error(format!(
        "{fname}: path should be string, bytes or os.PathLike, not {}",
        type_name(v.class())
    )))
}

fn getpid(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("getpid", args, 0, 0)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("getppid", args, 0, 0)?;
    // SAFETY: getppid has no preconditions.
    Ok(Value::Int(unsafe { libc::getppid() } as i64))
}

fn getenv(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("getenv", kw, &["key", "default"])?;
    let key = args.first().cloned().or_else(|| kwarg(kw, "key"));
    let Some(key) = key else {
        return Err(type_error(
            "getenv() missing 1 required positional argument: 'key'",
        ));
    };
    let default = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "default"))
        .unwrap_or(Value::None);
    if key.as_str().is_none() {
        return Err(type_error(format!(
            "str expected, not {}",
            type_name(key.class())
        )));
    }
    let m = vm.import_name("os", &Value::Int(0), &Value::None, vm.interp.sys)?;
    let env = vm.get_attr(&m, "environ")?;
    vm.call_method(&env, "get", vec![key, default])
}

/// A str argument for putenv/unsetenv, with CPython's checks.
fn env_str(v: &Value) -> PyResult<String> {
    let s = v
        .as_str()
        .ok_or_else(|| type_error(format!("str expected, not {}", type_name(v.class()))))?;
    if s.contains('\0') {
        return Err(value_error("embedded null byte"));
    }
    Ok(s.to_string())
}

fn putenv(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("putenv", kw)?;
    nargs("putenv", args, 2, 2)?;
    let k = env_str(&args[0])?;
    let v = env_str(&args[1])?;
    if k.is_empty() || k.contains('=') {
        return Err(value_error("illegal environment variable name"));
    }
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn unsetenv(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("unsetenv", kw)?;
    nargs("unsetenv", args, 1, 1)?;
    let k = env_str(&args[0])?;
    if k.is_empty() || k.contains('=') {
        return Err(value_error("illegal environment variable name"));
    }
    std::env::remove_var(k);
    Ok(Value::None)
}

fn getcwd(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("getcwd", args, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(new_string(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(&e, None)),
    }
}

fn chdir(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("chdir", kw)?;
    nargs("chdir", args, 1, 1)?;
    let p = path_arg(vm, "chdir", &args[0])?;
    std::env::set_current_dir(&p).map_err(|e| os_error(&e, Some(&p)))?;
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("listdir", kw)?;
    nargs("listdir", args, 0, 1)?;
    let p = match args.first() {
        Some(v) if !v.is_none() => path_arg(vm, "listdir", v)?,
        _ => ".".to_string(),
    };
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(&e, Some(&p)))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| os_error(&e, Some(&p)))?;
        out.push(new_string(ent.file_name().to_string_lossy().into_owned()));
    }
    Ok(skein_interp::list::new_list(out))
}

fn cpu_count(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("cpu_count", args, 0, 0)?;
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n > 0 {
        Value::Int(n as i64)
    } else {
        Value::None
    })
}

fn one_path(vm: &mut Vm, fname: &str, args: &[Value], kw: KwArgs) -> PyResult<String> {
    check_kw(fname, kw, &["path", "dir_fd", "mode", "exist_ok"])?;
    let v = match args.first().cloned().or_else(|| kwarg(kw, "path")) {
        Some(v) => v,
        None => {
            return Err(type_error(format!(
                "{fname}() missing required argument 'path' (pos 1)"
            )))
        }
    };
    path_arg(vm, fname, &v)
}

fn remove(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let p = one_path(vm, "remove", args, kw)?;
    if std::path::Path::new(&p).is_dir() {
        let e = std::io::Error::from_raw_os_error(libc::EISDIR);
        return Err(os_error(&e, Some(&p)));
    }
    std::fs::remove_file(&p).map_err(|e| os_error(&e, Some(&p)))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let p = one_path(vm, "rmdir", args, kw)?;
    std::fs::remove_dir(&p).map_err(|e| os_error(&e, Some(&p)))?;
    Ok(Value::None)
}

fn mkdir(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let p = one_path(vm, "mkdir", args, kw)?;
    std::fs::create_dir(&p).map_err(|e| os_error(&e, Some(&p)))?;
    Ok(Value::None)
}

fn makedirs(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let p = one_path(vm, "makedirs", args, kw)?;
    let exist_ok = match args.get(2).cloned().or_else(|| kwarg(kw, "exist_ok")) {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let path = std::path::Path::new(&p);
    if path.exists() {
        if exist_ok && path.is_dir() {
            return Ok(Value::None);
        }
        let e = std::io::Error::from_raw_os_error(libc::EEXIST);
        return Err(os_error(&e, Some(&p)));
    }
    std::fs::create_dir_all(&p).map_err(|e| os_error(&e, Some(&p)))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("rename", kw)?;
    nargs("rename", args, 2, 2)?;
    let a = path_arg(vm, "rename", &args[0])?;
    let b = path_arg(vm, "rename", &args[1])?;
    std::fs::rename(&a, &b).map_err(|e| {
        let code = e.raw_os_error().unwrap_or(0);
        let msg = format!(
            "[Errno {code}] {}: {} -> {}",
            strerror(code),
            skein_interp::repr::str_repr(&a),
            skein_interp::repr::str_repr(&b)
        );
        let cls = os_error(&e, None).cls();
        new_exc_msg(cls, msg)
    })?;
    Ok(Value::None)
}

fn urandom(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("urandom", kw)?;
    nargs("urandom", args, 1, 1)?;
    let n = vm.index_value(&args[0])?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    getrandom::getrandom(&mut buf).map_err(|e| {
        let io = std::io::Error::from_raw_os_error(e.raw_os_error().unwrap_or(libc::EIO));
        os_error(&io, None)
    })?;
    Ok(skein_interp::bytes::new_bytes(buf))
}

fn kill(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("kill", kw)?;
    nargs("kill", args, 2, 2)?;
    let pid = vm.index_value(&args[0])?;
    let sig = vm.index_value(&args[1])?;
    // SAFETY: kill has no memory-safety preconditions.
    let r = unsafe { libc::kill(pid as libc::pid_t, sig as libc::c_int) };
    if r != 0 {
        return Err(os_error(&std::io::Error::last_os_error(), None));
    }
    Ok(Value::None)
}

fn fspath(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("fspath", kw)?;
    nargs("fspath", args, 1, 1)?;
    if args[0].as_str().is_some() || matches!(args[0].data(), Some(ObjData::Bytes(_))) {
        return Ok(args[0].clone());
    }
    if let Some(r) = vm.call_special(&args[0], "__fspath__", vec![])? {
        return Ok(r);
    }
    Err(type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        type_name(args[0].class())
    )))
}

fn meta(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
) -> PyResult<(String, std::io::Result<std::fs::Metadata>)> {
    nargs(fname, args, 1, 1)?;
    let p = path_arg(vm, fname, &args[0])?;
    let m = std::fs::metadata(&p);
    Ok((p, m))
}

fn exists(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Bool(meta(vm, "exists", args)?.1.is_ok()))
}

fn isfile(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Bool(
        meta(vm, "isfile", args)?.1.is_ok_and(|m| m.is_file()),
    ))
}

fn isdir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Bool(
        meta(vm, "isdir", args)?.1.is_ok_and(|m| m.is_dir()),
    ))
}

fn islink(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("islink", args, 1, 1)?;
    let p = path_arg(vm, "islink", &args[0])?;
    Ok(Value::Bool(
        std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink()),
    ))
}

fn getsize(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let (p, m) = meta(vm, "getsize", args)?;
    let m = m.map_err(|e| os_error(&e, Some(&p)))?;
    Ok(Value::Int(m.len() as i64))
}

fn getmtime(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let (p, m) = meta(vm, "getmtime", args)?;
    let m = m.map_err(|e| os_error(&e, Some(&p)))?;
    let t = m
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(Value::Float(t))
}

fn abspath(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    match std::env::current_dir() {
        Ok(p) => Ok(new_string(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(&e, None)),
    }
}
