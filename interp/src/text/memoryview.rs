//! `memoryview` over bytes and bytearray (format `'B'`, one dimension): a window
//! (`start`, `len`) onto the underlying object, so a view of a bytearray sees and makes
//! its changes; slicing with a step copies.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use crate::argparse::*;
use crate::bytes::{byte_value, bytes_like};
use crate::exc::{index_error, type_error, value_error};
use crate::func::{new_builtin, KwArgs, NativeFn, PyResult};
use crate::object::{alloc, ObjData};
use crate::type_methods::reg;
use crate::types::{make_type, new_type_obj, tobj, type_name, types, Layout, TypeRef};
use crate::value::Value;
use crate::vm::Vm;

pub struct MemoryView {
    obj: Value,
    start: usize,
    len: usize,
    released: AtomicBool,
}

impl MemoryView {
    /// The bytes the view shows now (the object may have shrunk since).
    pub fn snapshot(&self) -> Vec<u8> {
        let all = bytes_like(&self.obj)
            .map(|b| b.into_owned())
            .unwrap_or_default();
        let s = self.start.min(all.len());
        let e = (self.start + self.len).min(all.len());
        all[s..e].to_vec()
    }

    fn bytearray(&self) -> Option<&crate::bytearray::ByteArray> {
        match self.obj.data()? {
            ObjData::Native(n) => n.downcast_ref::<crate::bytearray::ByteArray>(),
            _ => None,
        }
    }
}

pub fn memoryview_type() -> TypeRef {
    static T: OnceLock<TypeRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_type_obj("memoryview", vec![types().object], Layout::Native, true);
        let t = make_type(types().type_, t).unwrap_or_else(|_| unreachable!("single base"));
        let ms: &[(&'static str, NativeFn)] = &[
            ("__len__", len),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__iter__", iter),
            ("__eq__", eq),
            ("__enter__", enter),
            ("__exit__", exit),
            ("tobytes", tobytes),
            ("tolist", tolist),
            ("hex", hex),
            ("release", release),
            ("__hash__", hash),
        ];
        for (n, f) in ms {
            reg(t, n, *f);
        }
        tobj(t).dict.set("__new__", new_builtin("__new__", new));
        let props: &[(&'static str, NativeFn)] = &[
            ("readonly", readonly),
            ("nbytes", len),
            ("itemsize", one),
            ("ndim", one),
            ("format", format),
            ("obj", obj),
            ("shape", shape),
        ];
        for (name, f) in props {
            let fget = crate::func::new_method_descr("memoryview", name, *f);
            let prop = alloc(
                types().property,
                ObjData::Property(Box::new([fget, Value::None, Value::None, Value::None])),
            );
            tobj(t).dict.set(name, prop);
        }
        t
    })
}

fn view(obj: Value, start: usize, len: usize) -> Value {
    alloc(
        memoryview_type(),
        ObjData::Native(Box::new(MemoryView {
            obj,
            start,
            len,
            released: AtomicBool::new(false),
        })),
    )
}

pub fn as_memoryview(v: &Value) -> Option<&MemoryView> {
    match v.data()? {
        ObjData::Native(n) => n.downcast_ref::<MemoryView>(),
        _ => None,
    }
}

fn this(args: &[Value]) -> PyResult<&MemoryView> {
    let mv = args
        .first()
        .and_then(as_memoryview)
        .ok_or_else(|| type_error("descriptor requires a 'memoryview' object"))?;
    if mv.released.load(Ordering::Acquire) {
        return Err(value_error(
            "operation forbidden on released memoryview object",
        ));
    }
    Ok(mv)
}

fn new(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("memoryview", kw, &["object"])?;
    let Some(o) = args.get(1).cloned().or_else(|| kwarg(kw, "object")) else {
        return Err(type_error(
            "memoryview() missing required argument 'object' (pos 1)",
        ));
    };
    if let Some(mv) = as_memoryview(&o) {
        return Ok(view(mv.obj.clone(), mv.start, mv.len));
    }
    match bytes_like(&o) {
        Some(b) => {
            let n = b.len();
            Ok(view(o.clone(), 0, n))
        }
        None => Err(type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            type_name(o.class())
        ))),
    }
}

fn len(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(this(args)?.len as i64))
}

fn one(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    this(args)?;
    Ok(Value::Int(1))
}

fn format(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    this(args)?;
    Ok(crate::pystr::new_str("B"))
}

fn obj(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(this(args)?.obj.clone())
}

fn shape(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(crate::tuple::new_tuple(vec![Value::Int(
        this(args)?.len as i64,
    )]))
}

fn readonly(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Bool(this(args)?.bytearray().is_none()))
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__getitem__", &args[1.min(args.len())..], 1, 1)?;
    let mv = this(args)?;
    let k = &args[1];
    if let Some(ObjData::Slice(sl)) = k.data() {
        let (start, _, step, n) = crate::seq::slice_indices(vm, sl, mv.len)?;
        if step == 1 {
            return Ok(view(mv.obj.clone(), mv.start + start as usize, n));
        }
        let data = mv.snapshot();
        let picked: Vec<u8> = crate::seq::slice_positions(start, step, n)
            .filter_map(|i| data.get(i).copied())
            .collect();
        let len = picked.len();
        return Ok(view(crate::bytes::new_bytes(picked), 0, len));
    }
    let i = index(vm, k, mv.len)?;
    let data = mv.snapshot();
    data.get(i)
        .map(|b| Value::Int(*b as i64))
        .ok_or_else(|| index_error("index out of bounds on dimension 1"))
}

fn index(vm: &mut Vm, k: &Value, n: usize) -> PyResult<usize> {
    let i = vm
        .index_value(k)
        .map_err(|_| type_error("memoryview: invalid slice key"))?;
    crate::seq::norm_index(i, n).ok_or_else(|| index_error("index out of bounds on dimension 1"))
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__setitem__", &args[1.min(args.len())..], 2, 2)?;
    let mv = this(args)?;
    let Some(ba) = mv.bytearray() else {
        return Err(type_error("cannot modify read-only memory"));
    };
    let (k, v) = (&args[1], &args[2]);
    if let Some(ObjData::Slice(sl)) = k.data() {
        let (start, _, step, n) = crate::seq::slice_indices(vm, sl, mv.len)?;
        let src = crate::bytes::need_bytes_like(v)?.into_owned();
        if src.len() != n {
            return Err(value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let mut data = ba.0.lock();
        for (i, b) in crate::seq::slice_positions(start, step, n).zip(src) {
            if let Some(slot) = data.get_mut(mv.start + i) {
                *slot = b;
            }
        }
        return Ok(Value::None);
    }
    let i = index(vm, k, mv.len)?;
    let b = byte_value(vm, v)?;
    if let Some(slot) = ba.0.lock().get_mut(mv.start + i) {
        *slot = b;
    }
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let items: Vec<Value> = this(args)?
        .snapshot()
        .into_iter()
        .map(|b| Value::Int(b as i64))
        .collect();
    vm.get_iter(&crate::list::new_list(items))
}

fn eq(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let me = this(args)?.snapshot();
    match args.get(1).and_then(bytes_like) {
        Some(o) => Ok(Value::Bool(me == *o)),
        None => Ok(crate::singletons::not_implemented()),
    }
}

fn enter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    this(args)?;
    Ok(args[0].clone())
}

fn exit(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    if let Some(mv) = args.first().and_then(as_memoryview) {
        mv.released.store(true, Ordering::Release);
    }
    Ok(Value::Bool(false))
}

fn release(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    exit(_vm, args, _kw)?;
    Ok(Value::None)
}

fn tobytes(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(crate::bytes::new_bytes(this(args)?.snapshot()))
}

fn tolist(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(crate::list::new_list(
        this(args)?
            .snapshot()
            .into_iter()
            .map(|b| Value::Int(b as i64))
            .collect(),
    ))
}

fn hex(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let s: String = this(args)?
        .snapshot()
        .iter()
        .map(|c| format!("{c:02x}"))
        .collect();
    Ok(crate::pystr::new_string(s))
}

fn hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let mv = this(args)?;
    if mv.bytearray().is_some() {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    let b = crate::bytes::new_bytes(mv.snapshot());
    Ok(Value::Int(vm.hash(&b)?))
}
