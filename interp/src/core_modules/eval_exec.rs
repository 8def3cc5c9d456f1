//! `eval()`, `exec()`, `compile()` and `locals()`: source text or a code object run
//! against the caller's namespaces or against dicts.
//!
//! Module code runs on a module's namespace of slots, not on a dict, so `exec(src, d)`
//! runs in a scratch module filled from `d` and copies the names back into `d`
//! afterwards. A separate locals mapping (or a function caller's locals) is compiled in
//! "names mode": top-level names go to that dict, as in a class body.

use std::cell::RefCell;
use std::sync::Arc;

use skein_grammar::span::LineIndex;

use crate::argparse::*;
use crate::code::{Code, SourceInfo, CO_MODULE};
use crate::exc::type_error;
use crate::frame::Frame;
use crate::func::{KwArgs, PyResult};
use crate::module::{module_ns, new_module};
use crate::object::{ObjBox, ObjData};
use crate::pystr::new_string;
use crate::types::{type_name, types};
use crate::value::Value;
use crate::vm::Vm;

thread_local! {
    /// Scratch modules whose last run created no function (nothing can still see them),
    /// ready for the next `exec(src, d)`.
    static SCRATCH: RefCell<Vec<&'static ObjBox>> = const { RefCell::new(Vec::new()) };
}

#[derive(Clone, Copy, PartialEq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

impl Vm {
    /// The Python frame that called the running builtin, if any.
    pub fn caller_frame(&self) -> Option<&Frame> {
        if self.caller_frame == 0 {
            return None;
        }
        // SAFETY: set from a live `&Frame` around each builtin call and restored after,
        // so while a builtin runs it names its calling frame, which is suspended (boxed,
        // not moved, not written) until the builtin returns.
        Some(unsafe { &*(self.caller_frame as *const Frame) })
    }
}

/// `locals()` of a frame: its namespace dict (class body, exec with locals), the module
/// dict at module level, or a snapshot of a function's variables (CPython 3.11).
fn frame_locals(vm: &mut Vm) -> PyResult {
    let Some(f) = vm.caller_frame() else {
        return globals_dict(vm);
    };
    if let Some(ns) = &f.ns {
        return Ok(ns.clone());
    }
    if f.code.flags & CO_MODULE != 0 {
        return globals_dict(vm);
    }
    let code = f.code;
    let mut pairs: Vec<(String, Value)> = Vec::new();
    let cells = code.cellvars.iter().chain(code.freevars.iter());
    for (i, name) in code.varnames.iter().enumerate() {
        if code.cellvars.contains(name) {
            continue;
        }
        if let Some(v) = f.regs.get(i).filter(|v| !matches!(v, Value::Unbound)) {
            pairs.push((name.clone(), v.clone()));
        }
    }
    for (j, name) in cells.enumerate() {
        if let Some(ObjData::Cell(c)) = f.regs.get(code.nlocals() + j).and_then(|v| v.data()) {
            let v = c.lock().clone();
            if !matches!(v, Value::Unbound) {
                pairs.push((name.clone(), v));
            }
        }
    }
    let d = crate::dict_ops::new_dict();
    for (k, v) in pairs {
        vm.dict_set(&d, new_string(k), v)?;
    }
    Ok(d)
}

fn globals_dict(vm: &mut Vm) -> PyResult {
    let m = vm.cur_module;
    Ok(vm.namespace_dict(module_ns(m)))
}

pub fn locals(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("locals", kw)?;
    nargs("locals", args, 0, 0)?;
    frame_locals(vm)
}

/// `vars()` without an argument.
pub fn vars_no_arg(vm: &mut Vm) -> PyResult {
    frame_locals(vm)
}

fn parse_mode(s: &str) -> PyResult<Mode> {
    match s {
        "exec" => Ok(Mode::Exec),
        "eval" => Ok(Mode::Eval),
        "single" => Ok(Mode::Single),
        _ => Err(crate::exc::value_error(
            "compile() mode must be 'exec', 'eval' or 'single'",
        )),
    }
}

/// Parses and compiles `text`; syntax errors carry CPython's message and position.
/// Imports compile module sources through it too (`Mode::Exec`).
pub fn compile_text(
    text: &str,
    filename: &str,
    mode: Mode,
    names_mode: bool,
) -> PyResult<&'static Code> {
    use skein_grammar::parser;
    let parsed = match mode {
        Mode::Exec => parser::parse_module(text),
        Mode::Eval => parser::parse_expression(text.trim_start_matches([' ', '\t'])),
        Mode::Single => parser::parse_interactive(text),
    };
    let tree = parsed.map_err(|e| {
        crate::import::syntax_error_exc(
            filename,
            text,
            &e.message,
            e.span.start,
            e.kind.class_name(),
        )
    })?;
    let source = Arc::new(SourceInfo {
        filename: filename.to_string(),
        text: text.into(),
        lines: LineIndex::new(text),
    });
    crate::compiler::compile_with(&tree, source, names_mode).map_err(|e| {
        crate::import::syntax_error_exc(filename, text, &e.msg, e.span.start, "SyntaxError")
    })
}

/// The source text of eval/exec's first argument (str, bytes or code).
enum Source {
    Text(String),
    Code(&'static Code),
}

fn source_arg(fname: &str, v: &Value) -> PyResult<Source> {
    match v.data() {
        Some(ObjData::Str(s)) => Ok(Source::Text(s.as_str().to_string())),
        Some(ObjData::Bytes(b)) => Ok(Source::Text(String::from_utf8_lossy(b).into_owned())),
        Some(ObjData::Code(c)) => Ok(Source::Code(c)),
        _ => Err(type_error(format!(
            "{fname}() arg 1 must be a string, bytes or code object"
        ))),
    }
}

fn is_dict(v: &Value) -> bool {
    matches!(v.data(), Some(ObjData::Dict(_)))
}

pub fn eval(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    run_builtin(vm, "eval", args, kw)
}

pub fn exec(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    run_builtin(vm, "exec", args, kw)
}

fn run_builtin(vm: &mut Vm, fname: &str, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw(fname, kw, &["globals", "locals"])?;
    nargs(fname, args, 1, 3)?;
    let src = source_arg(fname, &args[0])?;
    let globals = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "globals"))
        .filter(|v| !v.is_none());
    let locals = args
        .get(2)
        .cloned()
        .or_else(|| kwarg(kw, "locals"))
        .filter(|v| !v.is_none());
    if let Some(g) = &globals {
        if !is_dict(g) {
            return Err(type_error(if fname == "eval" {
                if crate::types::lookup(g.class(), "__getitem__").is_some() {
                    "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
                } else {
                    "globals must be a dict".to_string()
                }
            } else {
                format!(
                    "exec() globals must be a dict, not {}",
                    type_name(g.class())
                )
            }));
        }
    }
    if let Some(l) = &locals {
        if !is_dict(l) && crate::types::lookup(l.class(), "__getitem__").is_none() {
            return Err(type_error("locals must be a mapping"));
        }
    }
    let mode = if fname == "eval" {
        Mode::Eval
    } else {
        Mode::Exec
    };
    // No dicts: the caller's namespaces (a function's locals are a snapshot, 3.11).
    let (globals, locals) = match (globals, locals) {
        (None, l) => {
            let in_function = vm
                .caller_frame()
                .is_some_and(|f| f.ns.is_some() || f.code.flags & CO_MODULE == 0);
            let l = match l {
                Some(l) => Some(l),
                None if in_function => Some(frame_locals(vm)?),
                None => None,
            };
            (None, l)
        }
        (Some(g), Some(l)) if l.is(&g) => (Some(g), None),
        other => other,
    };
    let names_mode = locals.is_some();
    let code = match src {
        Source::Text(t) => {
            let t = if mode == Mode::Eval {
                t.trim_start_matches([' ', '\t']).to_string()
            } else {
                t
            };
            compile_text(&t, "<string>", mode, names_mode)?
        }
        Source::Code(c) => c,
    };
    let module = match &globals {
        None => vm.cur_module,
        Some(g) => scratch_module(vm, g)?,
    };
    let mut frame = vm.new_frame(code, module);
    frame.ns = locals;
    let r = vm.run_frame(frame);
    if let Some(g) = &globals {
        copy_back(vm, module, g)?;
        release_scratch(module, code);
    }
    let v = r?;
    Ok(if fname == "exec" { Value::None } else { v })
}

/// A module holding the items of `g` (plus `__builtins__`, which CPython adds to `g`).
fn scratch_module(vm: &mut Vm, g: &Value) -> PyResult<&'static ObjBox> {
    let m = SCRATCH
        .with(|s| s.borrow_mut().pop())
        .unwrap_or_else(|| new_module("__exec__"));
    let ns = module_ns(m);
    for (k, _) in ns.items() {
        ns.delete(&k);
    }
    let key = new_string("__builtins__".to_string());
    if vm.dict_get(g, &key)?.is_none() {
        let b = Value::Obj(crate::objref::ObjRef::from_static(vm.interp.builtins));
        vm.dict_set(g, key, b)?;
    }
    let items = match g.data() {
        Some(ObjData::Dict(d)) => d.lock().items(),
        _ => Vec::new(),
    };
    for (k, v) in items {
        match k.as_str() {
            Some(name) => ns.set(name, v),
            None => return Err(type_error("globals keys must be strings")),
        }
    }
    Ok(m)
}

/// Writes the scratch module's names back into `g` (new and changed ones, deletions).
fn copy_back(vm: &mut Vm, m: &'static ObjBox, g: &Value) -> PyResult<()> {
    let ns = module_ns(m);
    let items = ns.items();
    let old = match g.data() {
        Some(ObjData::Dict(d)) => d.lock().keys(),
        _ => Vec::new(),
    };
    for k in old {
        if let Some(name) = k.as_str() {
            if ns.get(name).is_none() {
                vm.dict_remove(g, &k)?;
            }
        }
    }
    for (k, v) in items {
        vm.dict_set(g, new_string(k), v)?;
    }
    Ok(())
}

/// Returns a scratch module to the pool when no function made by `code` can refer to it
/// (the code defines no function, class, lambda or comprehension).
fn release_scratch(m: &'static ObjBox, code: &'static Code) {
    let makes_functions = code
        .consts
        .iter()
        .any(|c| matches!(c.data(), Some(ObjData::Code(_))));
    if !makes_functions {
        SCRATCH.with(|s| s.borrow_mut().push(m));
    }
}

pub fn compile(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw(
        "compile",
        kw,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
    )?;
    nargs("compile", args, 0, 6)?;
    let get = |i: usize, name: &str| args.get(i).cloned().or_else(|| kwarg(kw, name));
    let (Some(src), Some(filename), Some(mode)) =
        (get(0, "source"), get(1, "filename"), get(2, "mode"))
    else {
        return Err(type_error("compile() missing required argument"));
    };
    let mode = parse_mode(mode.as_str().unwrap_or(""))?;
    let filename = filename.as_str().unwrap_or("<string>").to_string();
    let text = match source_arg("compile", &src) {
        Ok(Source::Text(t)) => t,
        Ok(Source::Code(_)) => return Ok(src),
        Err(_) => {
            return Err(type_error(
                "compile() arg 1 must be a string, bytes or AST object",
            ))
        }
    };
    let code = compile_text(&text, &filename, mode, false)?;
    Ok(crate::object::alloc(types().code, ObjData::Code(code)))
}

pub fn register(ns: &crate::namespace::Namespace) {
    use crate::func::new_builtin;
    for (name, f) in [
        ("eval", eval as crate::func::NativeFn),
        ("exec", exec),
        ("compile", compile),
        ("locals", locals),
    ] {
        ns.set(name, new_builtin(name, f));
    }
}
