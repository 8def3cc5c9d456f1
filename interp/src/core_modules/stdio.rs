//! The standard streams: `sys.stdin`/`stdout`/`stderr` and their `.buffer`s, `print`'s
//! destination (whatever `sys.stdout` is now), and `input()`.
//!
//! A stream is `ObjData::Stream(code)`: 0/1/2 are the text streams, 10/11/12 their
//! binary buffers. Text streams are `TextIOWrapper`s, buffers `BufferedWriter`/`Reader`.

use std::io::{BufRead, Read, Write};
use std::sync::OnceLock;

use crate::argparse::*;
use crate::exc::{new_exc_msg, type_error};
use crate::func::{KwArgs, PyResult};
use crate::module::module_ns;
use crate::object::{alloc, ObjData};
use crate::pystr::{new_str, new_string};
use crate::type_methods::reg;
use crate::types::{make_type, new_type_obj, tobj, type_name, types, Layout, TypeRef};
use crate::value::Value;
use crate::vm::{Interp, Vm};

const BUFFER: u8 = 10;

pub fn install(interp: &Interp) {
    let ns = module_ns(interp.sys);
    for (name, code) in [("stdin", 0), ("stdout", 1), ("stderr", 2)] {
        let s = stream(types().text_io, code);
        ns.set(name, s.clone());
        ns.set(&format!("__{name}__"), s);
    }
    let t = types().text_io;
    let ms: &[(&'static str, crate::func::NativeFn)] = &[
        ("write", stream_write),
        ("flush", stream_flush),
        ("read", stream_read),
        ("readline", stream_readline),
        ("readlines", stream_readlines),
        ("__iter__", stream_iter),
        ("__next__", stream_next),
        ("fileno", stream_fileno),
        ("isatty", stream_isatty),
        ("readable", stream_readable),
        ("writable", stream_writable),
        ("__repr__", stream_repr),
    ];
    for (n, f) in ms {
        reg(t, n, *f);
    }
    let props: &[(&'static str, crate::func::NativeFn)] = &[
        ("buffer", stream_buffer),
        ("encoding", stream_encoding),
        ("name", stream_name),
        ("closed", stream_closed),
        ("errors", stream_errors),
    ];
    for (n, f) in props {
        set_property(t, n, *f);
    }
}

fn set_property(t: TypeRef, name: &'static str, f: crate::func::NativeFn) {
    let fget = crate::func::new_method_descr("TextIOWrapper", name, f);
    let prop = alloc(
        types().property,
        ObjData::Property(Box::new([fget, Value::None, Value::None, Value::None])),
    );
    tobj(t).dict.set(name, prop);
}

/// The class of `sys.stdout.buffer` and friends.
fn buffer_type() -> TypeRef {
    static T: OnceLock<TypeRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_type_obj("BufferedWriter", vec![types().object], Layout::Native, true);
        let t = make_type(types().type_, t).unwrap_or_else(|_| unreachable!("single base"));
        tobj(t).dict.set("__module__", new_str("_io"));
        let ms: &[(&'static str, crate::func::NativeFn)] = &[
            ("write", stream_write),
            ("flush", stream_flush),
            ("read", stream_read),
            ("readline", stream_readline),
            ("readlines", stream_readlines),
            ("fileno", stream_fileno),
            ("isatty", stream_isatty),
            ("readable", stream_readable),
            ("writable", stream_writable),
        ];
        for (n, f) in ms {
            reg(t, n, *f);
        }
        t
    })
}

fn stream(cls: TypeRef, code: u8) -> Value {
    let v = alloc(cls, ObjData::Stream(code));
    v.immortalize();
    v
}

fn code_of(args: &[Value]) -> PyResult<u8> {
    match args.first().and_then(|v| v.data()) {
        Some(ObjData::Stream(c)) => Ok(*c),
        _ => Err(type_error("descriptor requires a stream object")),
    }
}

/// `io.UnsupportedOperation(what)` (OSError when `io` cannot be imported).
fn unsupported(vm: &mut Vm, what: &str) -> crate::func::Exc {
    let builtins = vm.interp.builtins;
    let cls = vm
        .import_name("io", &Value::Int(0), &Value::None, builtins)
        .and_then(|io| vm.get_attr(&io, "UnsupportedOperation"));
    match cls {
        Ok(c) => match vm.call(&c, vec![new_string(what.to_string())]) {
            Ok(e) => match e {
                Value::Obj(o) => o,
                _ => new_exc_msg(types().os_error, what.to_string()),
            },
            Err(e) => e,
        },
        Err(_) => new_exc_msg(types().os_error, what.to_string()),
    }
}

/// Writes `data` to stream `code` (1/11: stdout, 2/12: stderr).
fn write_code(vm: &mut Vm, code: u8, data: &[u8]) -> PyResult<()> {
    match code % BUFFER {
        1 => match std::str::from_utf8(data) {
            Ok(s) if code == 1 => vm.write_out(s),
            _ => vm.interp.out.write(data),
        },
        2 => {
            vm.flush_out();
            let _ = std::io::stderr().write_all(data);
        }
        _ => return Err(unsupported(vm, "not writable")),
    }
    Ok(())
}

/// `print(..., file=f)`: the standard streams directly, anything else by `f.write(s)`.
pub fn write_to(vm: &mut Vm, f: &Value, s: &str) -> PyResult<()> {
    match f.data() {
        Some(ObjData::Stream(c @ (1 | 2))) => write_code(vm, *c, s.as_bytes()),
        _ => {
            vm.call_method(f, "write", vec![new_string(s.to_string())])?;
            Ok(())
        }
    }
}

/// `print(*parts, sep=, end=, file=, flush=)` once the arguments are text: the real
/// stdout/stderr get the whole line in one write (lines from several threads never
/// splice); any other file (including a replaced `sys.stdout`) gets one `write` call
/// per piece, as CPython makes them.
pub fn print(
    vm: &mut Vm,
    file: Option<Value>,
    parts: &[String],
    sep: &str,
    end: &str,
    flush: bool,
) -> PyResult<()> {
    let file = match file {
        None | Some(Value::None) => match module_ns(vm.interp.sys).get("stdout") {
            None | Some(Value::None) => return Ok(()),
            Some(f) => f,
        },
        Some(f) => f,
    };
    if let Some(ObjData::Stream(code @ (1 | 2))) = file.data() {
        let mut line = String::new();
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                line.push_str(sep);
            }
            line.push_str(p);
        }
        line.push_str(end);
        write_code(vm, *code, line.as_bytes())?;
        if flush {
            vm.flush_out();
        }
        return Ok(());
    }
    let write = vm.get_attr(&file, "write")?;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            vm.call(&write, vec![new_string(sep.to_string())])?;
        }
        vm.call(&write, vec![new_string(p.clone())])?;
    }
    vm.call(&write, vec![new_string(end.to_string())])?;
    if flush {
        vm.call_method(&file, "flush", vec![])?;
    }
    Ok(())
}

/// Writes `s` to `sys.stdout`, whatever it is now.
fn write_stdout(vm: &mut Vm, s: &str) -> PyResult<()> {
    match module_ns(vm.interp.sys).get("stdout") {
        None | Some(Value::None) => Ok(()),
        Some(f) => write_to(vm, &f, s),
    }
}

fn stream_write(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("write", &args[1.min(args.len())..], 1, 1)?;
    let code = code_of(args)?;
    if code >= BUFFER {
        let data = crate::bytes::need_bytes_like(&args[1])?.into_owned();
        write_code(vm, code, &data)?;
        return Ok(Value::Int(data.len() as i64));
    }
    let s = args[1].as_str().ok_or_else(|| {
        type_error(format!(
            "write() argument must be str, not {}",
            type_name(args[1].class())
        ))
    })?;
    write_code(vm, code, s.as_bytes())?;
    Ok(Value::Int(s.chars().count() as i64))
}

fn stream_flush(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    vm.flush_out();
    Ok(Value::None)
}

/// Reads from the process's stdin with the global lock released.
fn read_stdin(vm: &mut Vm, how: StdinRead) -> PyResult<Vec<u8>> {
    vm.flush_out();
    let rt = vm.interp.rt;
    let r = rt.allow_threads(|| {
        let stdin = std::io::stdin();
        let mut lock = stdin.lock();
        let mut buf = Vec::new();
        let r = match how {
            StdinRead::Line(limit) => {
                let r = lock.read_until(b'\n', &mut buf);
                if let Some(n) = limit {
                    buf.truncate(n);
                }
                r
            }
            StdinRead::All => lock.read_to_end(&mut buf),
            StdinRead::Upto(n) => (&mut lock).take(n as u64).read_to_end(&mut buf),
            StdinRead::Chars(n) => read_chars(&mut lock, n, &mut buf),
        };
        r.map(|_| buf)
    });
    r.map_err(|e| new_exc_msg(types().os_error, e.to_string()))
}

#[derive(Clone, Copy)]
enum StdinRead {
    Line(Option<usize>),
    All,
    /// At most n bytes (a binary read).
    Upto(usize),
    /// At most n UTF-8 characters (a text read).
    Chars(usize),
}

/// Reads whole UTF-8 characters until `n` have been read or input ends.
fn read_chars(input: &mut impl BufRead, n: usize, buf: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut chars = 0;
    loop {
        let avail = input.fill_buf()?;
        if avail.is_empty() {
            return Ok(buf.len());
        }
        let mut used = 0;
        let mut done = false;
        for &b in avail {
            if b & 0xC0 != 0x80 {
                if chars == n {
                    done = true;
                    break;
                }
                chars += 1;
            }
            used += 1;
        }
        buf.extend_from_slice(&avail[..used]);
        input.consume(used);
        if done {
            return Ok(buf.len());
        }
    }
}

fn stdin_result(code: u8, data: Vec<u8>) -> PyResult {
    if code >= BUFFER {
        return Ok(crate::bytes::new_bytes(data));
    }
    let text = crate::codecs::decode(&data, crate::codecs::Codec::Utf8, "strict")?;
    Ok(new_string(text))
}

fn readable_code(vm: &mut Vm, args: &[Value]) -> PyResult<u8> {
    let code = code_of(args)?;
    if code % BUFFER != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(code)
}

fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.index_value(v)?;
            Ok((n >= 0).then_some(n as usize))
        }
    }
}

fn stream_read(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let code = readable_code(vm, args)?;
    let how = match size_arg(vm, args.get(1))? {
        None => StdinRead::All,
        Some(n) if code >= BUFFER => StdinRead::Upto(n),
        Some(n) => StdinRead::Chars(n),
    };
    let data = read_stdin(vm, how)?;
    stdin_result(code, data)
}

fn stream_readline(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let code = readable_code(vm, args)?;
    let limit = size_arg(vm, args.get(1))?;
    let data = read_stdin(vm, StdinRead::Line(limit))?;
    stdin_result(code, data)
}

fn stream_readlines(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let code = readable_code(vm, args)?;
    let mut lines = Vec::new();
    loop {
        let data = read_stdin(vm, StdinRead::Line(None))?;
        if data.is_empty() {
            break;
        }
        lines.push(stdin_result(code, data)?);
    }
    Ok(crate::list::new_list(lines))
}

fn stream_iter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    code_of(args)?;
    Ok(args[0].clone())
}

fn stream_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let code = readable_code(vm, args)?;
    let data = read_stdin(vm, StdinRead::Line(None))?;
    if data.is_empty() {
        return Err(crate::exc::stop_iteration(Value::None));
    }
    stdin_result(code, data)
}

fn stream_fileno(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int((code_of(args)? % BUFFER) as i64))
}

fn stream_isatty(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    use std::io::IsTerminal;
    Ok(Value::Bool(match code_of(args)? % BUFFER {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }))
}

fn stream_readable(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Bool(code_of(args)? % BUFFER == 0))
}

fn stream_writable(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Bool(code_of(args)? % BUFFER != 0))
}

fn stream_name_str(code: u8) -> &'static str {
    match code % BUFFER {
        0 => "<stdin>",
        1 => "<stdout>",
        _ => "<stderr>",
    }
}

fn stream_repr(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let code = code_of(args)?;
    let mode = if code % BUFFER == 0 { "r" } else { "w" };
    Ok(new_string(format!(
        "<_io.TextIOWrapper name='{}' mode='{mode}' encoding='utf-8'>",
        stream_name_str(code)
    )))
}

fn stream_buffer(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    static BUFS: OnceLock<[Value; 3]> = OnceLock::new();
    let code = code_of(args)?;
    let bufs = BUFS.get_or_init(|| {
        let t = buffer_type();
        [
            stream(t, BUFFER),
            stream(t, BUFFER + 1),
            stream(t, BUFFER + 2),
        ]
    });
    Ok(bufs[(code % BUFFER) as usize].clone())
}

fn stream_encoding(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(new_str("utf-8"))
}

fn stream_errors(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let code = code_of(args)?;
    Ok(new_str(if code % BUFFER == 2 {
        "backslashreplace"
    } else {
        "strict"
    }))
}

fn stream_name(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(new_str(stream_name_str(code_of(args)?)))
}

fn stream_closed(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Bool(false))
}

/// `input(prompt)`: the prompt to `sys.stdout`, a line from `sys.stdin` without its
/// newline; EOFError at end of input.
pub fn input(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("input", kw)?;
    nargs("input", args, 0, 1)?;
    if let Some(p) = args.first() {
        let s = vm.str_of(p)?;
        write_stdout(vm, &s)?;
    }
    let out = module_ns(vm.interp.sys).get("stdout");
    match out {
        Some(f) if !matches!(f.data(), Some(ObjData::Stream(1))) && !f.is_none() => {
            vm.call_method(&f, "flush", vec![])?;
        }
        _ => vm.flush_out(),
    }
    let stdin = module_ns(vm.interp.sys).get("stdin").unwrap_or(Value::None);
    let line = match stdin.data() {
        Some(ObjData::Stream(0)) => {
            let data = read_stdin(vm, StdinRead::Line(None))?;
            stdin_result(0, data)?
        }
        _ if stdin.is_none() => {
            return Err(crate::exc::runtime_error("input(): lost sys.stdin"));
        }
        _ => vm.call_method(&stdin, "readline", vec![])?,
    };
    let Some(text) = line.as_str() else {
        return Err(type_error("object.readline() returned non-string"));
    };
    if text.is_empty() {
        return Err(new_exc_msg(types().eof_error, "EOF when reading a line"));
    }
    let text = text.strip_suffix('\n').unwrap_or(text);
    Ok(new_string(text.to_string()))
}
