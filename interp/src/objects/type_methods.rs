//! Constructors (`__new__`/`__init__`) and methods of object, type, the numeric types,
//! exceptions, property/classmethod/staticmethod, range, slice, generators; registered
//! into each built-in type's namespace once per process.

use num_traits::ToPrimitive;

use crate::argparse::*;
use crate::exc::{args_of, exc_data, type_error, value_error};
use crate::func::{new_method_descr, KwArgs, NativeFn, PyResult};
use crate::int::{as_bigint, from_bigint, is_int_like};
use crate::object::{alloc, ObjData};
use crate::pystr::new_string;
use crate::types::{tobj, type_name, types, TypeRef};
use crate::value::Value;
use crate::vm::Vm;

pub fn reg(t: TypeRef, name: &'static str, f: NativeFn) {
    let owner: &'static str = &tobj(t).name;
    tobj(t).dict.set(name, new_method_descr(owner, name, f));
}

/// A builtin stored as-is (called with the class first, like `__new__`).
pub fn reg_static(t: TypeRef, name: &'static str, f: NativeFn) {
    tobj(t).dict.set(name, crate::func::new_builtin(name, f));
}

pub fn reg_classmethod(t: TypeRef, name: &'static str, f: NativeFn) {
    let b = crate::func::new_builtin(name, f);
    let cm = alloc(types().classmethod, ObjData::ClassMethod(b));
    cm.immortalize();
    tobj(t).dict.set(name, cm);
}

pub fn register_all() {
    let t = types();
    crate::seq::register_range_methods();
    reg_static(t.object, "__new__", object_new);
    reg(t.object, "__init__", object_init);
    reg(t.object, "__repr__", object_repr);
    reg(t.object, "__str__", object_str);
    reg(t.object, "__hash__", object_hash);
    reg(t.object, "__eq__", object_eq);
    reg(t.object, "__ne__", object_ne);
    reg(t.object, "__format__", object_format);
    reg(t.object, "__setattr__", object_setattr);
    reg(t.object, "__getattribute__", object_getattribute);
    reg(t.object, "__delattr__", object_delattr);
    reg_classmethod(t.object, "__init_subclass__", object_init_subclass);
    reg_static(t.type_, "__new__", type_new);
    reg(t.type_, "mro", type_mro);
    reg_static(t.int, "__new__", int_new);
    reg(t.int, "bit_length", int_bit_length);
    reg(t.int, "__index__", int_index);
    reg_static(t.bool_, "__new__", bool_new);
    reg_static(t.float, "__new__", float_new);
    crate::num_methods::register();
    reg_static(t.base_exception, "__new__", exc_new);
    reg(t.base_exception, "__init__", exc_init);
    reg(t.base_exception, "__str__", exc_str);
    reg(t.base_exception, "__repr__", exc_repr);
    reg(t.base_exception, "with_traceback", exc_with_traceback);
    reg(t.base_exception, "add_note", exc_add_note);
    crate::exc_group::register();
    reg_static(t.property, "__new__", property_new);
    reg(t.property, "setter", property_setter);
    reg(t.property, "getter", property_getter);
    reg(t.property, "deleter", property_deleter);
    reg(t.property, "__get__", property_get);
    reg_static(t.classmethod, "__new__", classmethod_new);
    reg_static(t.staticmethod, "__new__", staticmethod_new);
    reg_static(t.super_, "__new__", crate::class::super_new);
    reg_static(t.range, "__new__", range_new);
    reg_static(t.slice, "__new__", slice_new);
    for g in [t.generator, t.coroutine] {
        reg(g, "send", crate::gen_ops::gen_send);
        reg(g, "throw", crate::gen_ops::gen_throw);
        reg(g, "close", crate::gen_ops::gen_close);
    }
    reg(t.generator, "__next__", crate::gen_ops::gen_next);
    reg(t.generator, "__iter__", crate::gen_ops::gen_iter);
    reg(t.coroutine, "__await__", crate::gen_ops::coro_await);
    crate::str_methods::register();
    crate::async_gen::register();
    crate::list_methods::register();
    crate::dict_methods::register();
    crate::bytes_methods::register();
    crate::subclass::register();
    crate::dict_views::register();
}

fn object_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let Some(t) = args
        .first()
        .and_then(|c| c.obj())
        .and_then(|o| o.as_static())
        .filter(|o| o.type_obj().is_some())
    else {
        return Err(type_error("object.__new__(X): X is not a type object"));
    };
    if tobj(t).layout == crate::types::Layout::Native && !std::ptr::eq(t, types().object) {
        return Err(type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            tobj(t).name,
            tobj(t).name
        )));
    }
    Ok(vm.new_instance(t))
}

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(new_string(vm.default_repr(&arg(args, 0))?))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(new_string(vm.repr(&arg(args, 0))?))
}

fn object_hash(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(crate::ops::pointer_hash(arg(args, 0).id())))
}

fn object_eq(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    if arg(args, 0).is(&arg(args, 1)) {
        Ok(Value::Bool(true))
    } else {
        Ok(crate::singletons::not_implemented())
    }
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let r = vm.compare(crate::bytecode::CmpOp::Eq, &arg(args, 0), &arg(args, 1))?;
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let spec = arg(args, 1);
    if spec.as_str().is_some_and(|s| !s.is_empty()) {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(arg(args, 0).class())
        )));
    }
    Ok(new_string(vm.str_of(&arg(args, 0))?))
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__setattr__", args, 3, 3)?;
    let n = crate::pystr::intern(
        args[1]
            .as_str()
            .ok_or_else(|| type_error("attribute name must be string"))?,
    );
    match args[0].data() {
        Some(ObjData::Instance(_) | ObjData::Exception(_)) => {
            vm.object_setattr(&args[0], &n, args[2].clone())?
        }
        _ if crate::subclass::is_heap_builtin(&args[0])
            && !matches!(args[0].data(), Some(ObjData::Type(_))) =>
        {
            vm.object_setattr(&args[0], &n, args[2].clone())?
        }
        _ => vm.set_attr(&args[0], &n, args[2].clone())?,
    }
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__getattribute__", args, 2, 2)?;
    let n = crate::pystr::intern(
        args[1]
            .as_str()
            .ok_or_else(|| type_error("attribute name must be string"))?,
    );
    match args[0].data() {
        Some(ObjData::Instance(_) | ObjData::Exception(_)) => vm.instance_getattr(&args[0], &n),
        _ if crate::subclass::is_heap_builtin(&args[0])
            && !matches!(args[0].data(), Some(ObjData::Type(_))) =>
        {
            vm.instance_getattr(&args[0], &n)
        }
        _ => vm.get_attr_interned(&args[0], &n),
    }
}

fn object_delattr(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__delattr__", args, 2, 2)?;
    let n = crate::pystr::intern(
        args[1]
            .as_str()
            .ok_or_else(|| type_error("attribute name must be string"))?,
    );
    if crate::attr::delete_instance_attr(&args[0], &n) {
        Ok(Value::None)
    } else {
        Err(crate::attr::no_attr(
            &args[0],
            args[1].as_str().unwrap_or(""),
        ))
    }
}

fn object_init_subclass(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    if !kw.is_empty() {
        let owner = match args.first().and_then(|c| c.data()) {
            Some(ObjData::Type(t)) => t.name.clone(),
            _ => "object".to_string(),
        };
        return Err(type_error(format!(
            "{owner}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn type_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    match args.len() {
        2 if args[0].is(&Value::type_value(types().type_)) => {
            Ok(Value::type_value(args[1].class()))
        }
        n @ (1 | 2) => Err(type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            n - 1
        ))),
        4 => {
            let name = args[1]
                .as_str()
                .ok_or_else(|| type_error("type.__new__() argument 1 must be str"))?
                .to_string();
            let bases = crate::seq::snapshot(&args[2]);
            let ns = crate::dict_ops::copy_dict(&args[3]);
            if vm
                .dict_get(&ns, &crate::pystr::interned("__module__"))?
                .is_none()
            {
                let m = vm
                    .frames
                    .last()
                    .map(|f| crate::module::module_name(f.module).to_string())
                    .unwrap_or_else(|| "__main__".into());
                vm.dict_set(&ns, crate::pystr::interned("__module__"), new_string(m))?;
            }
            let meta = args[0]
                .obj()
                .and_then(|o| o.as_static())
                .filter(|o| o.type_obj().is_some())
                .unwrap_or(types().type_);
            crate::class::new_class_of(vm, meta, &name, &bases, &ns, kw)
        }
        _ => Err(type_error("type() takes 1 or 3 arguments")),
    }
}

fn type_mro(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let t = arg(args, 0);
    let Some(tr) = t.obj().and_then(|o| o.as_static()) else {
        return Ok(crate::list::new_list(vec![]));
    };
    let mro = tobj(tr).mro.iter().map(|m| Value::type_value(m)).collect();
    Ok(crate::list::new_list(mro))
}

fn int_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let r = int_new_base(vm, args, kw)?;
    Ok(crate::subclass::relabel(args, types().int, r))
}

fn int_new_base(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("int", kw, &["base"])?;
    let x = args.get(1).cloned();
    let base = args.get(2).cloned().or_else(|| kwarg(kw, "base"));
    let Some(x) = x else { return Ok(Value::Int(0)) };
    if let Some(b) = base {
        let b = vm.index_value(&b)?;
        crate::format::intstr::check_base(b)?;
        let Some(s) = x.as_str() else {
            return Err(type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        return Ok(from_bigint(crate::format::intstr::parse_int(s, b)?));
    }
    match &x {
        Value::Int(_) => Ok(x),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => crate::num_methods::float_to_int_value(*f),
        _ => match x.data() {
            // `int(x)` of an int subclass instance is a plain int.
            Some(ObjData::BigInt(b)) => Ok(from_bigint(b.clone())),
            Some(ObjData::Str(s)) => Ok(from_bigint(crate::format::intstr::parse_int(
                s.as_str(),
                10,
            )?)),
            _ => {
                for m in ["__int__", "__index__", "__trunc__"] {
                    if let Some(r) = vm.call_special(&x, m, vec![])? {
                        return Ok(r);
                    }
                }
                Err(type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    type_name(x.class())
                )))
            }
        },
    }
}

fn int_bit_length(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let b = as_bigint(&arg(args, 0)).unwrap_or_default();
    Ok(Value::Int(b.bits() as i64))
}

fn int_index(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(arg(args, 0))
}

fn bool_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    match args.get(1) {
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn float_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let Some(x) = args.get(1) else {
        return Ok(Value::Float(0.0));
    };
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        _ => match x.data() {
            Some(ObjData::BigInt(b)) => Ok(Value::Float(crate::format::intstr::int_to_float(b)?)),
            Some(ObjData::Str(s)) => Ok(Value::Float(crate::format::floatstr::parse_float(
                s.as_str(),
            )?)),
            _ => match vm.call_special(x, "__float__", vec![])? {
                Some(r) => Ok(r),
                None => Err(type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    type_name(x.class())
                ))),
            },
        },
    }
}

fn exc_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let Some(mut t) = args
        .first()
        .and_then(|c| c.obj())
        .and_then(|o| o.as_static())
    else {
        return Err(type_error(
            "BaseException.__new__(X): X is not a type object",
        ));
    };
    if std::ptr::eq(t, types().os_error) && args.len() >= 3 {
        if let Some(sub) = args
            .get(1)
            .and_then(crate::int::as_i64)
            .and_then(errno_subclass)
        {
            t = sub;
        }
    }
    let e = vm.new_instance(t);
    if let Some(x) = e.obj().and_then(|o| exc_data(o)) {
        x.state.lock().args = Some(crate::tuple::new_tuple(args[1..].to_vec()));
    }
    Ok(e)
}

fn exc_init(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    if let Some(x) = args.first().and_then(|v| v.obj()).and_then(|o| exc_data(o)) {
        x.state.lock().args = Some(crate::tuple::new_tuple(args[1..].to_vec()));
    }
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(new_string(vm.exc_str(&arg(args, 0))?))
}

fn exc_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(new_string(vm.default_repr(&arg(args, 0))?))
}

fn exc_with_traceback(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("with_traceback", args, 2, 2)?;
    if let Value::Obj(e) = &args[0] {
        vm.set_traceback(e, &args[1])?;
    }
    Ok(arg(args, 0))
}

fn exc_add_note(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("add_note", args, 2, 2)?;
    if args[1].as_str().is_none() {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            type_name(args[1].class())
        )));
    }
    let key = crate::pystr::interned("__notes__");
    let notes = match vm.dict_get(&args[0], &key)? {
        Some(n) => n,
        None => {
            let l = crate::list::new_list(vec![]);
            vm.dict_set(&args[0], key, l.clone())?;
            l
        }
    };
    crate::list::list_append(&notes, args[1].clone());
    Ok(Value::None)
}

fn property_new(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let get = |i: usize, n: &str| {
        args.get(i)
            .cloned()
            .or_else(|| kwarg(kw, n))
            .unwrap_or(Value::None)
    };
    let p = [
        get(1, "fget"),
        get(2, "fset"),
        get(3, "fdel"),
        get(4, "doc"),
    ];
    Ok(alloc(types().property, ObjData::Property(Box::new(p))))
}

fn property_with(args: &[Value], slot: usize) -> PyResult {
    let pv = arg(args, 0);
    let Some(ObjData::Property(p)) = pv.data() else {
        return Err(type_error("descriptor requires a property"));
    };
    let mut np = (**p).clone();
    np[slot] = arg(args, 1);
    Ok(alloc(types().property, ObjData::Property(Box::new(np))))
}

fn property_setter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    property_with(args, 1)
}

fn property_getter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    property_with(args, 0)
}

fn property_deleter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    property_with(args, 2)
}

fn property_get(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let p = arg(args, 0);
    let obj = arg(args, 1);
    if obj.is_none() {
        return Ok(p);
    }
    let cls = obj.class();
    vm.descr_get(&p, &obj, cls)
}

fn classmethod_new(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("classmethod", &args[1.min(args.len())..], 1, 1)?;
    Ok(alloc(
        types().classmethod,
        ObjData::ClassMethod(args[1].clone()),
    ))
}

fn staticmethod_new(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("staticmethod", &args[1.min(args.len())..], 1, 1)?;
    Ok(alloc(
        types().staticmethod,
        ObjData::StaticMethod(args[1].clone()),
    ))
}

fn range_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("range", kw)?;
    let a = &args[1.min(args.len())..];
    let mut ints = Vec::new();
    for v in a {
        if !is_int_like(v) && crate::types::lookup(v.class(), "__index__").is_none() {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v.class())
            )));
        }
        ints.push(vm.index_value(v).map_err(|_| {
            crate::exc::overflow_error("Python int too large to convert to C ssize_t")
        })?);
    }
    let (start, stop, step) = match ints.len() {
        1 => (0, ints[0], 1),
        2 => (ints[0], ints[1], 1),
        3 => (ints[0], ints[1], ints[2]),
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        n => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {n}"
            )))
        }
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(alloc(types().range, ObjData::Range(start, stop, step)))
}

fn slice_new(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let a = &args[1.min(args.len())..];
    let s = match a.len() {
        1 => [Value::None, a[0].clone(), Value::None],
        2 => [a[0].clone(), a[1].clone(), Value::None],
        3 => [a[0].clone(), a[1].clone(), a[2].clone()],
        n => {
            return Err(type_error(format!(
                "slice expected at least 1 argument, got {n}"
            )))
        }
    };
    Ok(alloc(types().slice, ObjData::Slice(Box::new(s))))
}

pub fn bigint_to_usize(v: &Value) -> Option<usize> {
    as_bigint(v)?.to_usize()
}

pub fn new_list_obj(items: Vec<Value>) -> Value {
    alloc(
        types().list,
        ObjData::List(crate::list_lock::ListMutex::new(items)),
    )
}

pub fn exc_args(v: &Value) -> Vec<Value> {
    v.obj().map(|o| args_of(o)).unwrap_or_default()
}

/// `OSError(errno, ...)` builds the subclass CPython picks for that errno.
fn errno_subclass(errno: i64) -> Option<TypeRef> {
    let t = types();
    Some(match errno {
        1 | 13 => t.permission_error,
        2 => t.file_not_found_error,
        3 => t.process_lookup_error,
        4 => t.interrupted_error,
        10 => t.child_process_error,
        11 | 114 | 115 => t.blocking_io_error,
        17 => t.file_exists_error,
        20 => t.not_a_directory_error,
        21 => t.is_a_directory_error,
        32 | 108 => t.broken_pipe_error,
        103 => t.connection_aborted_error,
        104 => t.connection_reset_error,
        110 => t.timeout_error,
        111 => t.connection_refused_error,
        _ => return None,
    })
}
