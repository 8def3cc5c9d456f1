//! The compiler driver: code units, labels, stack-depth tracking, the exception table,
//! constants, and turning a finished unit into a `Code` object.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use skein_grammar::ast::{Expr, Mod, Stmt, StmtKind};
use skein_grammar::Span;

use crate::bytecode::Instr;
use crate::code::{Code, Handler, SourceInfo};
use crate::object::ObjData;
use crate::objref::ObjRef;
use crate::pystr::intern;
use crate::symtable::{self, CompileError, NameScope, ScopeId, ScopeKind, SymTable};
use crate::types::types;
use crate::value::Value;

pub type Label = u32;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    /// The body of an `except*` clause: nothing may jump out of it.
    ExceptStarHandler,
    /// An `async for` loop: the async iterator is on the stack.
    AsyncForLoop,
}

#[derive(Clone)]
pub struct FBlock<'a> {
    pub kind: FKind,
    /// Loops: continue target and break target.
    pub start: Label,
    pub exit: Label,
    pub finalbody: &'a [Stmt],
    pub name: Option<&'a str>,
    /// Length of the handler stack outside this block.
    pub handlers_outside: usize,
}

pub struct Unit<'a> {
    pub scope: ScopeId,
    pub name: String,
    pub qualname: String,
    pub instrs: Vec<Instr>,
    pub spans: Vec<Span>,
    handler_of: Vec<Option<(Label, u32)>>,
    pub consts: Vec<Value>,
    const_keys: HashMap<String, u32>,
    pub names: Vec<ObjRef>,
    name_map: HashMap<String, u32>,
    pub varnames: Vec<String>,
    var_map: HashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    labels: Vec<Option<u32>>,
    label_depth: Vec<Option<i32>>,
    pub depth: i32,
    max_depth: i32,
    unreachable: bool,
    pub fblocks: Vec<FBlock<'a>>,
    pub handlers: Vec<(Label, u32)>,
    pub anchors: Vec<(u32, u32, u32, bool)>,
    pub span: Span,
    pub flags: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: u32,
}

pub struct Compiler<'a> {
    pub st: SymTable,
    pub source: Arc<SourceInfo>,
    pub units: Vec<Unit<'a>>,
    /// Set while compiling a module-level or class-level `def`, for `MF_SHARED`.
    pub interactive: bool,
    /// `exec`/`eval` with a separate locals mapping: the top level reads and writes
    /// names in the frame's namespace dict, as a class body does.
    pub names_mode: bool,
}

pub fn err(msg: impl Into<String>, span: Span) -> CompileError {
    CompileError {
        msg: msg.into(),
        span,
    }
}

pub type CResult<T = ()> = Result<T, CompileError>;

/// Compiles a module to its code object (immortal: code is shared by every thread).
pub fn compile_module(m: &Mod, source: Arc<SourceInfo>) -> CResult<&'static Code> {
    compile_with(m, source, false)
}

/// Compiles for `exec`/`eval`; `names_mode`: top-level names go to the frame's
/// namespace dict (a separate locals mapping) instead of the module's globals.
pub fn compile_with(m: &Mod, source: Arc<SourceInfo>, names_mode: bool) -> CResult<&'static Code> {
    let (body, interactive) = match m {
        Mod::Module { body } => (body.as_slice(), false),
        Mod::Interactive { body } => (body.as_slice(), true),
        Mod::Expression { body } => return compile_expression(body, source, names_mode),
    };
    let st = symtable::build(body)?;
    let mut c = Compiler {
        st,
        source,
        units: Vec::new(),
        interactive,
        names_mode,
    };
    c.push_unit(0, "<module>".into(), "<module>".into(), 1);
    c.units_mut().flags |= crate::code::CO_MODULE;
    c.stmts(body)?;
    c.load_const(Value::None);
    c.emit(Instr::Return);
    Ok(c.finish_unit())
}

/// Compiles `eval` mode: the code returns the expression's value. The symbol table is
/// built over an expression statement holding the very same node (scopes are keyed by
/// node address).
fn compile_expression(
    e: &Expr,
    source: Arc<SourceInfo>,
    names_mode: bool,
) -> CResult<&'static Code> {
    let stmt = Stmt {
        span: e.span,
        kind: StmtKind::Expr {
            value: Box::new(e.clone()),
        },
    };
    let st = symtable::build(std::slice::from_ref(&stmt))?;
    let StmtKind::Expr { value } = &stmt.kind else {
        unreachable!("built just above")
    };
    let mut c = Compiler {
        st,
        source,
        units: Vec::new(),
        interactive: false,
        names_mode,
    };
    c.push_unit(0, "<module>".into(), "<module>".into(), 1);
    c.units_mut().flags |= crate::code::CO_MODULE;
    c.expr(value)?;
    c.emit(Instr::Return);
    Ok(c.finish_unit())
}

impl<'a> Compiler<'a> {
    pub fn unit(&self) -> &Unit<'a> {
        self.units.last().unwrap_or_else(|| unreachable!())
    }

    pub fn units_mut(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap_or_else(|| unreachable!())
    }

    /// The scope kind that picks name instructions: the top level of `names_mode`
    /// code is compiled as a class body (LOAD_NAME / STORE_NAME).
    pub fn name_kind(&self) -> ScopeKind {
        match self.scope_kind() {
            ScopeKind::Module if self.names_mode => ScopeKind::Class,
            k => k,
        }
    }

    pub fn scope_kind(&self) -> ScopeKind {
        self.st.scopes[self.unit().scope].kind
    }

    pub fn push_unit(&mut self, scope: ScopeId, name: String, qualname: String, line: u32) {
        let sc = &self.st.scopes[scope];
        let varnames = if sc.kind == ScopeKind::Function {
            sc.local_names()
        } else {
            Vec::new()
        };
        let var_map = varnames
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        let mut u = Unit {
            scope,
            name,
            qualname,
            instrs: Vec::new(),
            spans: Vec::new(),
            handler_of: Vec::new(),
            consts: Vec::new(),
            const_keys: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames,
            var_map,
            cellvars: sc.cellvars.clone(),
            freevars: sc.freevars.clone(),
            labels: Vec::new(),
            label_depth: Vec::new(),
            depth: 0,
            max_depth: 0,
            unreachable: false,
            fblocks: Vec::new(),
            handlers: Vec::new(),
            anchors: Vec::new(),
            span: Span::default(),
            flags: 0,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno: line,
        };
        if sc.kind == ScopeKind::Class {
            u.flags |= crate::code::CO_CLASS_BODY;
        }
        self.units.push(u);
    }

    pub fn line_of(&self, span: Span) -> u32 {
        self.source.line_of(span.start)
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.units_mut();
        u.labels.push(None);
        u.label_depth.push(None);
        (u.labels.len() - 1) as Label
    }

    pub fn bind(&mut self, l: Label) {
        let u = self.units_mut();
        u.labels[l as usize] = Some(u.instrs.len() as u32);
        if let Some(d) = u.label_depth[l as usize] {
            if u.unreachable {
                u.depth = d;
            }
        }
        u.unreachable = false;
    }

    /// Declares the stack depth at a label reached only by exception unwinding.
    pub fn set_label_depth(&mut self, l: Label, d: i32) {
        self.units_mut().label_depth[l as usize] = Some(d);
    }

    pub fn emit(&mut self, i: Instr) {
        let u = self.units_mut();
        let handler = u.handlers.last().copied();
        u.instrs.push(i);
        u.spans.push(u.span);
        u.handler_of.push(handler);
        u.depth += i.stack_effect(false);
        u.max_depth = u.max_depth.max(u.depth);
        if i.is_terminal() {
            u.unreachable = true;
        }
    }

    /// Emits a jump-family instruction to label `l`.
    pub fn emit_jump(&mut self, i: Instr, l: Label) {
        let mut i = i;
        i.set_target(l);
        let d = self.unit().depth + i.stack_effect(true);
        let u = self.units_mut();
        if u.label_depth[l as usize].is_none() {
            u.label_depth[l as usize] = Some(d);
        }
        self.emit(i);
    }

    pub fn depth(&self) -> i32 {
        self.unit().depth
    }

    /// Starts an exception-table region: exceptions go to `l` with the stack at the
    /// current depth plus the exception.
    pub fn push_handler(&mut self, l: Label) {
        let d = self.depth();
        self.set_label_depth(l, d + 1);
        self.units_mut().handlers.push((l, d as u32));
    }

    pub fn push_handler_at(&mut self, l: Label, d: i32) {
        self.set_label_depth(l, d + 1);
        self.units_mut().handlers.push((l, d as u32));
    }

    pub fn pop_handler(&mut self) {
        self.units_mut().handlers.pop();
    }

    pub fn add_const(&mut self, v: Value) -> u32 {
        let key = const_key(&v);
        let u = self.units_mut();
        if let Some(k) = &key {
            if let Some(i) = u.const_keys.get(k) {
                return *i;
            }
        }
        v.immortalize();
        u.consts.push(v);
        let i = (u.consts.len() - 1) as u32;
        if let Some(k) = key {
            u.const_keys.insert(k, i);
        }
        i
    }

    pub fn load_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Instr::LoadConst(i));
    }

    pub fn name_index(&mut self, n: &str) -> u32 {
        let u = self.units_mut();
        if let Some(i) = u.name_map.get(n) {
            return *i;
        }
        u.names.push(intern(n));
        let i = (u.names.len() - 1) as u32;
        u.name_map.insert(n.to_string(), i);
        i
    }

    pub fn var_index(&mut self, n: &str) -> u32 {
        let u = self.units_mut();
        if let Some(i) = u.var_map.get(n) {
            return *i;
        }
        u.varnames.push(n.to_string());
        let i = (u.varnames.len() - 1) as u32;
        u.var_map.insert(n.to_string(), i);
        i
    }

    pub fn cell_index(&self, n: &str) -> Option<u32> {
        let u = self.unit();
        if let Some(i) = u.cellvars.iter().position(|c| c == n) {
            return Some(i as u32);
        }
        u.freevars
            .iter()
            .position(|c| c == n)
            .map(|i| (u.cellvars.len() + i) as u32)
    }

    pub fn name_scope(&self, n: &str) -> NameScope {
        self.st.scopes[self.unit().scope].scope_of(n)
    }

    /// Finishes the innermost unit: resolves labels, builds the exception table.
    pub fn finish_unit(&mut self) -> &'static Code {
        let u = self.units.pop().unwrap_or_else(|| unreachable!());
        let ninstrs = u.instrs.len() as u32;
        let labels = u.labels;
        let pos = |l: u32| labels[l as usize].unwrap_or(ninstrs);
        let mut instrs = u.instrs;
        for i in instrs.iter_mut() {
            if let Some(t) = i.target() {
                i.set_target(pos(t));
            }
        }
        crate::bytecode::fuse_loads(&mut instrs);
        let mut handlers: Vec<Handler> = Vec::new();
        for (pc, h) in u.handler_of.iter().enumerate() {
            let Some((l, d)) = h else { continue };
            let target = pos(*l);
            match handlers.last_mut() {
                Some(last)
                    if last.end == pc as u32 && last.target == target && last.depth == *d =>
                {
                    last.end += 1
                }
                _ => handlers.push(Handler {
                    start: pc as u32,
                    end: pc as u32 + 1,
                    target,
                    depth: *d,
                }),
            }
        }
        let ncache = u.names.len();
        let code = Code {
            name: u.name,
            qualname: u.qualname,
            source: self.source.clone(),
            firstlineno: u.firstlineno,
            instrs,
            spans: u.spans,
            consts: u.consts,
            names: u.names,
            varname_objs: u.varnames.iter().map(|v| intern(v)).collect(),
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell_params: Vec::new(),
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags,
            handlers,
            max_stack: u.max_depth.max(0) as u32,
            anchors: u.anchors,
            global_cache: (0..ncache).map(|_| OnceLock::new()).collect(),
        };
        let mut code = code;
        code.cell_params = code
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, c)| {
                let pi = code.varnames.iter().position(|v| v == c)?;
                ((pi as u32) < code.argcount + code.kwonlyargcount + vararg_count(code.flags))
                    .then_some((ci as u32, pi as u32))
            })
            .collect();
        Box::leak(Box::new(code))
    }

    pub fn code_const(&mut self, code: &'static Code) -> u32 {
        let v = Value::Obj(ObjRef::immortal(types().code, ObjData::Code(code)));
        let u = self.units_mut();
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    pub fn set_span(&mut self, s: Span) -> Span {
        std::mem::replace(&mut self.units_mut().span, s)
    }

    /// Records where the operator or subscript sits in the next instruction's span.
    pub fn anchor(&mut self, left_end: u32, right: u32, subscript: bool) {
        let u = self.units_mut();
        let pc = u.instrs.len() as u32;
        u.anchors.push((pc, left_end, right, subscript));
    }

    pub fn is_unreachable(&self) -> bool {
        self.unit().unreachable
    }
}

fn vararg_count(flags: u32) -> u32 {
    (flags & crate::code::CO_VARARGS != 0) as u32
        + (flags & crate::code::CO_VARKEYWORDS != 0) as u32
}

/// A dedup key for simple constants (type-tagged so 1, 1.0 and True stay distinct).
fn const_key(v: &Value) -> Option<String> {
    match v {
        Value::None => Some("N".into()),
        Value::Bool(b) => Some(format!("B{b}")),
        Value::Int(i) => Some(format!("I{i}")),
        Value::Float(f) => Some(format!("F{}", f.to_bits())),
        Value::Obj(o) => match &o.data {
            ObjData::Str(s) => Some(format!("S{}", s.as_str())),
            _ => None,
        },
        Value::Unbound => None,
    }
}
