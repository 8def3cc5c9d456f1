//! Calls: binding arguments to parameters (with CPython's TypeError messages), building
//! the callee's frame, creating generators, and dispatching on the kind of callable.

use std::sync::atomic::Ordering;

use parking_lot::Mutex;

use crate::code::*;
use crate::dict::DictMap;
use crate::exc::type_error;
use crate::frame::{Frame, FrameKind};
use crate::func::{Function, PyResult};
use crate::generator::{GenKind, Generator};
use crate::object::{alloc, ObjData};
use crate::objref::ObjRef;
use crate::types::{tobj, types, TypeRef};
use crate::value::Value;
use crate::vm::Vm;

/// What a call produced: a value now, or a frame for the loop to run.
pub enum Outcome {
    Value(Value),
    Frame(Box<Frame>),
}

impl Vm {
    /// Prepares a call of any callable with positional `args` and keyword `kw`.
    pub fn call_setup(
        &mut self,
        f: Value,
        args: Vec<Value>,
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Outcome> {
        let Value::Obj(o) = &f else {
            return Err(not_callable(&f));
        };
        match &o.data {
            ObjData::Function(func) => self.function_call(func, args, kw),
            ObjData::Method(func, recv) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(recv.clone());
                full.extend(args);
                self.call_setup(func.clone(), full, kw)
            }
            ObjData::Builtin(b) => {
                let r = match &b.bound {
                    Some(recv) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(recv.clone());
                        full.extend(args);
                        (b.f)(self, &full, kw)
                    }
                    None => (b.f)(self, &args, kw),
                };
                r.map(Outcome::Value)
            }
            ObjData::Type(_) => {
                let t = o.as_static().unwrap_or_else(|| unreachable!());
                if !tobj(o.cls()).builtin {
                    // A metaclass `__call__` (Enum's `Color(1)`) replaces `type.__call__`.
                    if let Some(call) = crate::subclass::override_in(o.cls(), "__call__") {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(f.clone());
                        full.extend(args);
                        return self.call_setup(call, full, kw);
                    }
                }
                self.type_call(t, args, kw)
            }
            _ => {
                let Some(call) = crate::types::lookup(o.cls(), "__call__") else {
                    return Err(not_callable(&f));
                };
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(f.clone());
                full.extend(args);
                self.call_setup(call, full, kw)
            }
        }
    }

    /// A Python function call: a new frame, or a new generator object.
    pub fn function_call(
        &mut self,
        func: &Function,
        args: Vec<Value>,
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Outcome> {
        let frame = self.bind_frame(func, args, kw)?;
        if func.code.is_generator_like() {
            return Ok(Outcome::Value(self.new_generator(frame)));
        }
        Ok(Outcome::Frame(frame))
    }

    pub fn new_generator(&mut self, frame: Box<Frame>) -> Value {
        let code = frame.code;
        let (kind, t) = if code.flags & CO_COROUTINE != 0 {
            (GenKind::Coroutine, types().coroutine)
        } else if code.flags & CO_ASYNC_GENERATOR != 0 {
            (GenKind::AsyncGenerator, types().async_generator)
        } else {
            (GenKind::Generator, types().generator)
        };
        alloc(
            t,
            ObjData::Generator(Box::new(Generator::new(
                frame,
                kind,
                code,
                code.qualname.clone(),
            ))),
        )
    }

    /// Binds arguments into a fresh frame for `func`.
    pub fn bind_frame(
        &mut self,
        func: &Function,
        args: Vec<Value>,
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Box<Frame>> {
        let code = func.code;
        let mut frame = self.new_frame(code, func.module);
        let nargs = args.len();
        let simple = kw.is_empty()
            && nargs == code.argcount as usize
            && code.kwonlyargcount == 0
            && code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0;
        if simple {
            frame.regs.extend(args);
        } else if let Err(e) = self.bind_general(func, &mut frame, args, kw) {
            self.free_frame(frame);
            return Err(e);
        }
        self.finish_frame_setup(func, &mut frame);
        Ok(frame)
    }

    /// Fills the remaining locals, creates cells, copies the closure.
    #[inline(always)]
    pub fn finish_frame_setup(&mut self, func: &Function, frame: &mut Frame) {
        let code = func.code;
        let nlocals = code.nlocals();
        if frame.regs.len() < nlocals {
            frame.regs.resize(nlocals, Value::Unbound);
        }
        if code.ncells() > 0 {
            self.setup_cells(func, frame);
        }
        frame.base = frame.regs.len();
    }

    /// Creates the frame's cells (moving parameters that are cells into theirs) and
    /// copies the closure.
    fn setup_cells(&mut self, func: &Function, frame: &mut Frame) {
        let code = func.code;
        let nlocals = code.nlocals();
        for _ in 0..code.cellvars.len() {
            frame.regs.push(new_cell(Value::Unbound));
        }
        for &(ci, pi) in &code.cell_params {
            let v = std::mem::replace(&mut frame.regs[pi as usize], Value::Unbound);
            if let Some(ObjData::Cell(c)) = frame.regs[nlocals + ci as usize].data() {
                *c.lock() = v;
            }
        }
        frame.regs.extend(func.closure.iter().cloned());
    }

    #[allow(clippy::needless_range_loop)]
    fn bind_general(
        &mut self,
        func: &Function,
        frame: &mut Frame,
        args: Vec<Value>,
        kw: &[(ObjRef, Value)],
    ) -> PyResult<()> {
        let code = func.code;
        let p = code.argcount as usize;
        let k = code.kwonlyargcount as usize;
        let nargs = args.len();
        let regs = &mut frame.regs;
        regs.resize(code.nlocals().max(p + k + 2), Value::Unbound);
        let has_varargs = code.flags & CO_VARARGS != 0;
        let has_varkw = code.flags & CO_VARKEYWORDS != 0;
        if nargs > p && !has_varargs {
            return Err(too_many_positional(func, nargs, kw));
        }
        let mut extra = Vec::new();
        for (i, a) in args.into_iter().enumerate() {
            if i < p {
                regs[i] = a;
            } else {
                extra.push(a);
            }
        }
        if has_varargs {
            regs[p + k] = crate::tuple::new_tuple(extra);
        }
        let mut kwdict = DictMap::new();
        let mut posonly_as_kw = Vec::new();
        for (name, v) in kw {
            let n = name_str(name);
            let idx = code.varname_objs[..p + k]
                .iter()
                .position(|x| x.is(name) || x.as_str_opt() == Some(n))
                .filter(|&i| i >= code.posonlyargcount as usize);
            match idx {
                Some(i) => {
                    if !matches!(regs[i], Value::Unbound) {
                        return Err(type_error(format!(
                            "{}() got multiple values for argument '{n}'",
                            func.qualname()
                        )));
                    }
                    regs[i] = v.clone();
                }
                None if has_varkw => {
                    let key = Value::Obj(name.clone());
                    let h = crate::pystr::str_hash(n);
                    if kwdict.get_str(h, n).is_some() {
                        return Err(type_error(format!(
                            "{}() got multiple values for keyword argument '{n}'",
                            func.qualname()
                        )));
                    }
                    kwdict.push(h, key, v.clone());
                }
                None => {
                    if code.varnames[..code.posonlyargcount as usize]
                        .iter()
                        .any(|x| x == n)
                    {
                        posonly_as_kw.push(n.to_string());
                        continue;
                    }
                    return Err(type_error(format!(
                        "{}() got an unexpected keyword argument '{n}'",
                        func.qualname()
                    )));
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                func.qualname(),
                posonly_as_kw.join(", ")
            )));
        }
        if has_varkw {
            let i = p + k + has_varargs as usize;
            regs[i] = alloc(types().dict, ObjData::Dict(Mutex::new(kwdict)));
        }
        let ndef = func.defaults.len();
        let mut missing = Vec::new();
        for i in nargs.min(p)..p {
            if matches!(regs[i], Value::Unbound) {
                if i + ndef >= p {
                    regs[i] = func.defaults[i + ndef - p].clone();
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(func, &missing, "positional"));
        }
        for i in p..p + k {
            if matches!(regs[i], Value::Unbound) {
                let n = &code.varnames[i];
                match func.kwdefaults.iter().find(|(kn, _)| name_str(kn) == n) {
                    Some((_, d)) => regs[i] = d.clone(),
                    None => missing.push(n.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(func, &missing, "keyword-only"));
        }
        regs.truncate(code.nlocals());
        Ok(())
    }

    /// `cls(*args, **kw)`: `__new__` then `__init__` (an `__init__` in Python runs as a
    /// frame whose return pushes the instance).
    pub fn type_call(
        &mut self,
        t: TypeRef,
        args: Vec<Value>,
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Outcome> {
        if std::ptr::eq(t, types().type_) && args.len() == 1 && kw.is_empty() {
            return Ok(Outcome::Value(Value::type_value(args[0].class())));
        }
        if kw.is_empty() {
            if let Some(r) = crate::ctor_fast::builtin_ctor(t, &args) {
                return r.map(Outcome::Value);
            }
        }
        let new = crate::types::lookup(t, "__new__");
        let obj = match &new {
            Some(n) if !is_object_new(n) => {
                let f = match n.data() {
                    Some(ObjData::StaticMethod(f)) => f.clone(),
                    _ => n.clone(),
                };
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(Value::type_value(t));
                full.extend(args.iter().cloned());
                self.call_kw(&f, full, kw)?
            }
            _ => {
                let init = crate::types::lookup(t, "__init__");
                if (!args.is_empty() || !kw.is_empty()) && init.as_ref().is_none_or(is_object_init)
                {
                    return Err(type_error(format!("{}() takes no arguments", tobj(t).name)));
                }
                self.new_instance(t)
            }
        };
        if !crate::types::is_subtype(obj.class(), t) {
            return Ok(Outcome::Value(obj));
        }
        // `list`/`dict`/`set`'s own `__new__` already did `__init__`'s work.
        if crate::subclass::new_fills(obj.class()) {
            return Ok(Outcome::Value(obj));
        }
        let init = crate::types::lookup(obj.class(), "__init__");
        match init {
            Some(i) if !is_object_init(&i) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(obj.clone());
                full.extend(args);
                if let Some(ObjData::Function(func)) = i.data() {
                    if !func.code.is_generator_like() {
                        let mut fr = self.bind_frame(func, full, kw)?;
                        fr.kind = FrameKind::Init(obj);
                        return Ok(Outcome::Frame(fr));
                    }
                }
                let r = self.call_kw(&i, full, kw)?;
                if !r.is_none() {
                    return Err(type_error(format!(
                        "__init__() should return None, not '{}'",
                        tobj(r.class()).name
                    )));
                }
                Ok(Outcome::Value(obj))
            }
            _ => Ok(Outcome::Value(obj)),
        }
    }

    /// A bare instance of a class, by its layout.
    pub fn new_instance(&mut self, t: TypeRef) -> Value {
        match tobj(t).layout {
            crate::types::Layout::Exception => alloc(
                t,
                ObjData::Exception(Box::new(crate::exc::ExcObj::new(
                    crate::tuple::empty_tuple(),
                ))),
            ),
            _ => alloc(t, ObjData::Instance(crate::object::Instance::new())),
        }
    }
}

pub fn new_cell(v: Value) -> Value {
    alloc(types().cell, ObjData::Cell(Mutex::new(v)))
}

pub fn name_str(o: &ObjRef) -> &str {
    match &o.data {
        ObjData::Str(s) => s.as_str(),
        _ => "",
    }
}

fn is_object_new(v: &Value) -> bool {
    crate::types::tobj(types().object)
        .dict
        .get("__new__")
        .is_some_and(|o| o.is(v))
}

fn is_object_init(v: &Value) -> bool {
    crate::types::tobj(types().object)
        .dict
        .get("__init__")
        .is_some_and(|o| o.is(v))
}

pub fn not_callable(f: &Value) -> crate::func::Exc {
    type_error(format!("'{}' object is not callable", tobj(f.class()).name))
}

fn too_many_positional(func: &Function, given: usize, kw: &[(ObjRef, Value)]) -> crate::func::Exc {
    let code = func.code;
    let p = code.argcount as usize;
    let ndef = func.defaults.len();
    let takes = if ndef > 0 {
        format!("from {} to {} positional arguments", p - ndef, p)
    } else if p == 1 {
        "1 positional argument".to_string()
    } else {
        format!("{p} positional arguments")
    };
    let kwonly_given = kw
        .iter()
        .filter(|(n, _)| {
            code.varnames[p..p + code.kwonlyargcount as usize]
                .iter()
                .any(|x| x == name_str(n))
        })
        .count();
    let was = if given == 1 { "was" } else { "were" };
    if kwonly_given > 0 {
        let s = if kwonly_given == 1 { "" } else { "s" };
        let ps = if given == 1 { "" } else { "s" };
        return type_error(format!(
            "{}() takes {takes} but {given} positional argument{ps} (and {kwonly_given} keyword-only argument{s}) were given",
            func.qualname()
        ));
    }
    type_error(format!(
        "{}() takes {takes} but {given} {was} given",
        func.qualname()
    ))
}

fn missing_args(func: &Function, names: &[String], kind: &str) -> crate::func::Exc {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    let s = if names.len() == 1 { "" } else { "s" };
    type_error(format!(
        "{}() missing {} required {kind} argument{s}: {list}",
        func.qualname(),
        names.len()
    ))
}

pub fn gen_state(g: &Generator) -> u8 {
    g.state.load(Ordering::Acquire)
}
