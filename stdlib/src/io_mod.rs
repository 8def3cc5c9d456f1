//! `_fdio`: the file-descriptor primitives the Python-source `io` module builds files on
//! (open with CPython's OSError subclasses, read, write, seek, truncate, close, an
//! incremental decoder), and the `open` builtin, which forwards to `io.open`.

use std::ffi::CString;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, OnceLock, Weak};

use parking_lot::Mutex;

use skein_interp::argparse::{arg, check_kw, nargs};
use skein_interp::exc::{type_error, value_error};
use skein_interp::func::{new_builtin, new_module_builtin, KwArgs, NativeFn, PyResult};
use skein_interp::module::{module_ns, new_module};
use skein_interp::object::{alloc, ObjBox, ObjData};
use skein_interp::pystr::new_string;
use skein_interp::type_methods::reg;
use skein_interp::types::{type_name, TypeRef};
use skein_interp::value::Value;
use skein_interp::{Interp, Vm};

use crate::os_mod::os_error;

pub fn init(_vm: &mut Vm) -> PyResult<&'static ObjBox> {
    let m = new_module("_fdio");
    let ns = module_ns(m);
    let consts = [
        ("O_RDONLY", libc::O_RDONLY),
        ("O_WRONLY", libc::O_WRONLY),
        ("O_RDWR", libc::O_RDWR),
        ("O_CREAT", libc::O_CREAT),
        ("O_TRUNC", libc::O_TRUNC),
        ("O_APPEND", libc::O_APPEND),
        ("O_EXCL", libc::O_EXCL),
    ];
    for (n, v) in consts {
        ns.set(n, Value::Int(v as i64));
    }
    let fns: &[(&'static str, NativeFn)] = &[
        ("open", open_fd),
        ("read", read),
        ("write", write),
        ("lseek", lseek),
        ("ftruncate", ftruncate),
        ("close", close),
        ("isatty", isatty),
        ("check_fd", check_fd),
        ("decode", decode),
        ("FD", fd_new),
        ("Writer", writer_new),
        ("flush_all", flush_all),
    ];
    for (n, f) in fns {
        ns.set(n, new_module_builtin("_fdio", n, *f));
    }
    Ok(m)
}

/// Installs `open` into builtins: it imports `io` on first use and calls `io.open`.
pub fn install_open(interp: &Interp) {
    module_ns(interp.builtins).set("open", new_builtin("open", open_builtin));
}

fn open_builtin(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let io = vm.import_name("io", &Value::Int(0), &Value::None, vm.interp.builtins)?;
    let f = vm.get_attr(&io, "open")?;
    vm.call_kw(&f, args.to_vec(), kw).inspect_err(|e| {
        // CPython's open() is C: its errors show no frames of the io module.
        if let Some(x) = skein_interp::exc::exc_data(e) {
            x.state
                .lock()
                .traceback
                .retain(|t| t.code.source.filename != "<frozen io>");
        }
    })
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.index_value(v)
}

fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let fd = int_arg(vm, v)?;
    i32::try_from(fd).map_err(|_| value_error("file descriptor out of range"))
}

fn last_error(path: Option<&str>) -> skein_interp::func::Exc {
    os_error(&std::io::Error::last_os_error(), path)
}

/// `open(path, flags, display_name)`: a new descriptor; a directory opened for reading
/// is `IsADirectoryError`, as CPython's FileIO reports it.
fn open_fd(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("open", args, 3, 3)?;
    let path = match (args[0].as_str(), args[0].data()) {
        (Some(s), _) => s.as_bytes().to_vec(),
        (None, Some(ObjData::Bytes(b))) => b.to_vec(),
        _ => return Err(type_error("path must be str or bytes")),
    };
    let flags = int_arg(vm, &args[1])? as i32 | libc::O_CLOEXEC;
    let shown = vm.repr(&args[2]).ok();
    let shown_name = args[2].as_str().map(str::to_string).or(shown);
    let c = CString::new(path).map_err(|_| value_error("embedded null byte"))?;
    let rt = vm.interp.rt;
    let fd = loop {
        // SAFETY: `c` is a valid NUL-terminated path; the mode is an int.
        let fd = rt.allow_threads(|| unsafe { libc::open(c.as_ptr(), flags, 0o666) });
        if fd >= 0 {
            break fd;
        }
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() != Some(libc::EINTR) {
            return Err(os_error(&e, shown_name.as_deref()));
        }
    };
    // SAFETY: fd is open; `st` is plain data the call fills.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut st) } == 0 && (st.st_mode & libc::S_IFMT) == libc::S_IFDIR {
        // SAFETY: fd was opened above and is not shared.
        unsafe { libc::close(fd) };
        let e = std::io::Error::from_raw_os_error(libc::EISDIR);
        return Err(os_error(&e, shown_name.as_deref()));
    }
    Ok(Value::Int(fd as i64))
}

/// `read(fd, n)`: at most `n` bytes (one system call); `n < 0` reads to end of file.
fn read(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("read", args, 2, 2)?;
    let fd = fd_arg(vm, &args[0])?;
    let n = int_arg(vm, &args[1])?;
    let rt = vm.interp.rt;
    let mut out: Vec<u8> = Vec::new();
    let want_all = n < 0;
    // One system call reads at most 1 MiB: a raw read may return less than asked, and a
    // huge `n` must not allocate up front.
    let chunk = if want_all {
        65536
    } else {
        (n as usize).min(1 << 20)
    };
    loop {
        let start = out.len();
        out.resize(start + chunk, 0);
        let buf = &mut out[start..];
        // SAFETY: `buf` is a live, writable slice of exactly `buf.len()` bytes.
        let r = rt.allow_threads(|| unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) });
        if r < 0 {
            out.truncate(start);
            let e = std::io::Error::last_os_error();
            if e.raw_os_error() == Some(libc::EINTR) {
                vm.after_interrupted_wait()?;
                continue;
            }
            return Err(os_error(&e, None));
        }
        out.truncate(start + r as usize);
        if !want_all || r == 0 {
            break;
        }
    }
    Ok(skein_interp::bytes::new_bytes(out))
}

/// `write(fd, data)`: writes all of `data`; the count written.
fn write(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("write", args, 2, 2)?;
    let fd = fd_arg(vm, &args[0])?;
    let data = skein_interp::bytes::need_bytes_like(&args[1])?.into_owned();
    let rt = vm.interp.rt;
    let mut done = 0;
    while done < data.len() {
        let rest = &data[done..];
        // SAFETY: `rest` is a live slice of `rest.len()` readable bytes.
        let r = rt.allow_threads(|| unsafe { libc::write(fd, rest.as_ptr().cast(), rest.len()) });
        if r < 0 {
            let e = std::io::Error::last_os_error();
            if e.raw_os_error() == Some(libc::EINTR) {
                vm.after_interrupted_wait()?;
                continue;
            }
            return Err(os_error(&e, None));
        }
        done += r as usize;
    }
    Ok(Value::Int(done as i64))
}

fn lseek(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("lseek", args, 3, 3)?;
    let fd = fd_arg(vm, &args[0])?;
    let pos = int_arg(vm, &args[1])?;
    let whence = int_arg(vm, &args[2])? as i32;
    // SAFETY: plain system call on an integer descriptor.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, whence) };
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(Value::Int(r as i64))
}

fn ftruncate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("ftruncate", args, 2, 2)?;
    let fd = fd_arg(vm, &args[0])?;
    let size = int_arg(vm, &args[1])?;
    // SAFETY: plain system call on an integer descriptor.
    if unsafe { libc::ftruncate(fd, size as libc::off_t) } < 0 {
        return Err(last_error(None));
    }
    Ok(Value::None)
}

fn close(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("close", args, 1, 1)?;
    let fd = fd_arg(vm, &args[0])?;
    // SAFETY: the caller owns fd (FileIO with closefd) and never uses it again.
    if unsafe { libc::close(fd) } < 0 {
        return Err(last_error(None));
    }
    Ok(Value::None)
}

fn isatty(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("isatty", args, 1, 1)?;
    let fd = fd_arg(vm, &args[0])?;
    // SAFETY: plain query on an integer descriptor.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

/// `check_fd(fd)`: OSError (EBADF) unless fd is open.
fn check_fd(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("check_fd", args, 1, 1)?;
    let fd = fd_arg(vm, &args[0])?;
    // SAFETY: F_GETFD only queries the descriptor table.
    if fd < 0 || unsafe { libc::fcntl(fd, libc::F_GETFD) } < 0 {
        let e = std::io::Error::from_raw_os_error(libc::EBADF);
        return Err(os_error(&e, None));
    }
    Ok(Value::None)
}

/// `decode(data, encoding, errors, final)` → `(text, bytes consumed)`: an incomplete
/// UTF-8 sequence at the end stays for the next chunk unless `final`.
fn decode(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("decode", kw, &[])?;
    nargs("decode", args, 4, 4)?;
    let data = skein_interp::bytes::need_bytes_like(&args[0])?.into_owned();
    let enc = args[1].as_str().ok_or_else(|| {
        type_error(format!(
            "encoding must be str, not {}",
            type_name(args[1].class())
        ))
    })?;
    let errors = args[2].as_str().unwrap_or("strict").to_string();
    let final_ = vm.truthy(&args[3])?;
    let codec = skein_interp::codecs::lookup(enc)?;
    let (text, used) = skein_interp::codecs::decode_partial(&data, codec, &errors, final_)?;
    Ok(skein_interp::tuple::new_tuple(vec![
        new_string(text),
        Value::Int(used as i64),
    ]))
}

/// A descriptor a FileIO owns: closed once, by `close()` or when the last reference goes.
struct OwnedFd {
    fd: AtomicI32,
    close_on_drop: bool,
}

impl OwnedFd {
    fn get(&self) -> i32 {
        self.fd.load(Ordering::Acquire)
    }

    fn close(&self) -> i32 {
        let fd = self.fd.swap(-1, Ordering::AcqRel);
        if fd >= 0 {
            // SAFETY: the swap hands fd to exactly one closer.
            unsafe { libc::close(fd) }
        } else {
            0
        }
    }
}

impl Drop for OwnedFd {
    fn drop(&mut self) {
        if self.close_on_drop {
            self.close();
        }
    }
}

/// A write buffer on a descriptor: flushed when full, by `flush()`, when the last
/// reference goes (CPython flushes a dropped file), and at exit (`flush_all`).
///
/// Locking (the runtime's rule: never wait for the global lock holding another lock):
/// `buf` is held only to append or to take the bytes, never across a system call;
/// `io` orders write-outs so bytes reach the file in the order they were buffered, and
/// is taken inside `allow_threads`, so no holder of it ever waits for the global lock.
struct WriteBuf {
    fd: Arc<OwnedFd>,
    buf: Mutex<Vec<u8>>,
    io: Mutex<()>,
}

impl WriteBuf {
    /// Writes out everything buffered so far; what a failed write left stays buffered.
    fn write_out(&self) -> std::io::Result<()> {
        let _io = self.io.lock();
        let data = std::mem::take(&mut *self.buf.lock());
        let fd = self.fd.get();
        let mut done = 0;
        while done < data.len() {
            let rest = &data[done..];
            // SAFETY: `rest` is a live slice of `rest.len()` readable bytes.
            let r = unsafe { libc::write(fd, rest.as_ptr().cast(), rest.len()) };
            if r < 0 {
                let e = std::io::Error::last_os_error();
                if e.raw_os_error() == Some(libc::EINTR) {
                    continue;
                }
                let mut buf = self.buf.lock();
                buf.splice(0..0, data[done..].iter().copied());
                return Err(e);
            }
            done += r as usize;
        }
        Ok(())
    }
}

impl Drop for WriteBuf {
    fn drop(&mut self) {
        let _ = self.write_out();
    }
}

static WRITERS: Mutex<Vec<Weak<WriteBuf>>> = Mutex::new(Vec::new());

const WRITE_BUFFER: usize = 8192;

fn io_types() -> &'static (TypeRef, TypeRef) {
    static T: OnceLock<(TypeRef, TypeRef)> = OnceLock::new();
    T.get_or_init(|| {
        let fd_t = crate::thread_mod::native_type("_fdio", "FD");
        reg(fd_t, "fileno", fd_fileno);
        reg(fd_t, "close", fd_close);
        let w_t = crate::thread_mod::native_type("_fdio", "Writer");
        reg(w_t, "write", w_write);
        reg(w_t, "flush", w_flush);
        reg(w_t, "pending", w_pending);
        (fd_t, w_t)
    })
}

fn fd_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("FD", args, 2, 2)?;
    let fd = fd_arg(vm, &args[0])?;
    let own = vm.truthy(&args[1])?;
    let payload = Arc::new(OwnedFd {
        fd: AtomicI32::new(fd),
        close_on_drop: own,
    });
    Ok(alloc(io_types().0, ObjData::Native(Box::new(payload))))
}

fn fd_of(v: &Value) -> PyResult<&Arc<OwnedFd>> {
    match v.data() {
        Some(ObjData::Native(n)) => n
            .downcast_ref::<Arc<OwnedFd>>()
            .ok_or_else(|| type_error("an _fdio.FD is required")),
        _ => Err(type_error("an _fdio.FD is required")),
    }
}

fn fd_fileno(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(fd_of(&arg(args, 0))?.get() as i64))
}

fn fd_close(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    if fd_of(&arg(args, 0))?.close() < 0 {
        return Err(last_error(None));
    }
    Ok(Value::None)
}

fn writer_new(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("Writer", args, 1, 1)?;
    let fd = fd_of(&args[0])?.clone();
    let w = Arc::new(WriteBuf {
        fd,
        buf: Mutex::new(Vec::new()),
        io: Mutex::new(()),
    });
    {
        let mut all = WRITERS.lock();
        if all.len() >= 64 && all.len().is_power_of_two() {
            all.retain(|w| w.strong_count() > 0);
        }
        all.push(Arc::downgrade(&w));
    }
    Ok(alloc(io_types().1, ObjData::Native(Box::new(w))))
}

fn writer_of(args: &[Value]) -> PyResult<&Arc<WriteBuf>> {
    match args.first().and_then(|v| v.data()) {
        Some(ObjData::Native(n)) => n
            .downcast_ref::<Arc<WriteBuf>>()
            .ok_or_else(|| type_error("an _fdio.Writer is required")),
        _ => Err(type_error("an _fdio.Writer is required")),
    }
}

fn flush_writer(vm: &mut Vm, w: &Arc<WriteBuf>) -> PyResult<()> {
    if w.buf.lock().is_empty() {
        return Ok(());
    }
    let rt = vm.interp.rt;
    rt.allow_threads(|| w.write_out())
        .map_err(|e| os_error(&e, None))
}

fn w_write(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("write", &args[1.min(args.len())..], 1, 1)?;
    let w = writer_of(args)?.clone();
    let data = skein_interp::bytes::need_bytes_like(&args[1])?;
    let full = {
        let mut buf = w.buf.lock();
        buf.extend_from_slice(&data);
        buf.len() >= WRITE_BUFFER
    };
    if full {
        flush_writer(vm, &w)?;
    }
    Ok(Value::Int(data.len() as i64))
}

fn w_flush(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let w = writer_of(args)?.clone();
    flush_writer(vm, &w)?;
    Ok(Value::None)
}

fn w_pending(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(writer_of(args)?.buf.lock().len() as i64))
}

/// Flushes every live write buffer (interpreter exit).
fn flush_all(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    let live: Vec<Arc<WriteBuf>> = WRITERS.lock().iter().filter_map(Weak::upgrade).collect();
    for w in live {
        let _ = w.write_out();
    }
    Ok(Value::None)
}
