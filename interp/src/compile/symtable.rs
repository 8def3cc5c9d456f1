//! The symbol table: which scope each name lives in, resolved as CPython 3.11 does
//! (local, global explicit/implicit, free, cell; class bodies; comprehension scopes),
//! with CPython's compile-time errors about declarations.

use std::collections::{HashMap, HashSet};

use skein_grammar::ast::*;
use skein_grammar::Span;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NameScope {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

const DEF_GLOBAL: u32 = 1;
const DEF_LOCAL: u32 = 2;
const DEF_PARAM: u32 = 4;
const DEF_NONLOCAL: u32 = 8;
const USE: u32 = 16;
/// A class-local name that nested functions also see as free from an outer function.
const DEF_FREE_CLASS: u32 = 32;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM;

#[derive(Debug)]
pub struct CompileError {
    pub msg: String,
    pub span: Span,
}

pub type ScopeId = usize;

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Names in order of first appearance, with flags.
    order: Vec<String>,
    flags: HashMap<String, u32>,
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub parent: Option<ScopeId>,
    pub resolved: HashMap<String, NameScope>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub is_comprehension: bool,
    pub needs_class_cell: bool,
    /// Where each `nonlocal` name was declared, for error locations.
    nonlocal_spans: HashMap<String, Span>,
    /// Async function or async comprehension: `await` is allowed.
    pub allows_await: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            order: Vec::new(),
            flags: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            resolved: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            is_comprehension: false,
            needs_class_cell: false,
            nonlocal_spans: HashMap::new(),
            allows_await: false,
        }
    }

    pub fn scope_of(&self, name: &str) -> NameScope {
        match self.resolved.get(name) {
            Some(s) => *s,
            None => NameScope::GlobalImplicit,
        }
    }

    /// A class-body name that is local in the class and also free (LOAD_CLASSDEREF).
    pub fn is_free_class(&self, name: &str) -> bool {
        self.flags
            .get(name)
            .is_some_and(|f| f & DEF_FREE_CLASS != 0)
    }

    /// Locals in slot order: parameters first, then other bound names.
    pub fn local_names(&self) -> Vec<String> {
        let mut out = self.params.clone();
        for n in &self.order {
            if self.resolved.get(n) == Some(&NameScope::Local) && !out.contains(n) {
                out.push(n.clone());
            }
        }
        out
    }

    fn add(&mut self, name: &str, flag: u32) {
        match self.flags.get_mut(name) {
            Some(f) => *f |= flag,
            None => {
                self.flags.insert(name.to_string(), flag);
                self.order.push(name.to_string());
            }
        }
    }
}

pub struct SymTable {
    pub scopes: Vec<Scope>,
    /// AST node address → its scope.
    pub by_node: HashMap<usize, ScopeId>,
}

pub fn node_key<T>(n: &T) -> usize {
    n as *const T as usize
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    cur: ScopeId,
}

type R = Result<(), CompileError>;

fn err(msg: impl Into<String>, span: Span) -> CompileError {
    CompileError {
        msg: msg.into(),
        span,
    }
}

pub fn build(module: &[Stmt]) -> Result<SymTable, CompileError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
        by_node: HashMap::new(),
        cur: 0,
    };
    for s in module {
        b.stmt(s)?;
    }
    let mut scopes = b.scopes;
    analyze(&mut scopes, 0, &HashSet::new(), &HashSet::new())?;
    Ok(SymTable {
        scopes,
        by_node: b.by_node,
    })
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: usize) -> ScopeId {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, Some(self.cur)));
        self.scopes[self.cur].children.push(id);
        self.by_node.insert(key, id);
        self.cur = id;
        id
    }

    fn leave(&mut self, id: ScopeId) {
        self.cur = self.scopes[id].parent.unwrap_or(0);
    }

    fn def(&mut self, name: &str, span: Span) -> R {
        let _ = span;
        self.scope().add(name, DEF_LOCAL);
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(f, s.span),
            StmtKind::ClassDef(c) => self.class_def(c, s.span),
            StmtKind::Return { value } => self.opt_expr(value.as_deref()),
            StmtKind::Delete { targets } => self.exprs(targets),
            StmtKind::Assign { targets, value } => {
                self.exprs(targets)?;
                self.expr(value)
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.scope().add(id, USE);
                }
                self.expr(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let f = self.scope().flags.get(id.as_str()).copied().unwrap_or(0);
                    if f & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && *simple {
                        let kind = if f & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(err(
                            format!("annotated name '{id}' can't be {kind}"),
                            s.span,
                        ));
                    }
                }
                self.expr(target)?;
                if self.scope().kind != ScopeKind::Function {
                    self.expr(annotation)?;
                }
                self.opt_expr(value.as_deref())
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.check_await(s.span, "'async for' outside async function")?;
                }
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    self.check_await(s.span, "'async with' outside async function")?;
                }
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::Raise { exc, cause } => {
                self.opt_expr(exc.as_deref())?;
                self.opt_expr(cause.as_deref())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                for h in handlers {
                    self.opt_expr(h.type_.as_deref())?;
                    if let Some(n) = &h.name {
                        self.def(n, h.span)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt_expr(msg.as_deref())
            }
            StmtKind::Import { names } => {
                for a in names {
                    let bound = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.def(&bound, a.span)?;
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            return Err(err("import * only allowed at module level", s.span));
                        }
                        continue;
                    }
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.def(&bound, a.span)?;
                }
                Ok(())
            }
            StmtKind::Global { names } => self.global(names, s.span),
            StmtKind::Nonlocal { names } => self.nonlocal(names, s.span),
            StmtKind::Expr { value } => self.expr(value),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
        }
    }

    fn global(&mut self, names: &[String], span: Span) -> R {
        for n in names {
            let f = self.scope().flags.get(n.as_str()).copied().unwrap_or(0);
            if f & DEF_PARAM != 0 {
                return Err(err(format!("name '{n}' is parameter and global"), span));
            }
            if f & DEF_NONLOCAL != 0 {
                return Err(err(format!("name '{n}' is nonlocal and global"), span));
            }
            if f & DEF_LOCAL != 0 {
                return Err(err(
                    format!("name '{n}' is assigned to before global declaration"),
                    span,
                ));
            }
            if f & USE != 0 {
                return Err(err(
                    format!("name '{n}' is used prior to global declaration"),
                    span,
                ));
            }
            self.scope().add(n, DEF_GLOBAL);
        }
        Ok(())
    }

    fn nonlocal(&mut self, names: &[String], span: Span) -> R {
        let at_module = self.scope().kind == ScopeKind::Module;
        for n in names {
            let f = self.scope().flags.get(n.as_str()).copied().unwrap_or(0);
            if f & DEF_PARAM != 0 {
                return Err(err(format!("name '{n}' is parameter and nonlocal"), span));
            }
            if f & DEF_GLOBAL != 0 {
                return Err(err(format!("name '{n}' is nonlocal and global"), span));
            }
            if f & DEF_LOCAL != 0 {
                return Err(err(
                    format!("name '{n}' is assigned to before nonlocal declaration"),
                    span,
                ));
            }
            if f & USE != 0 {
                return Err(err(
                    format!("name '{n}' is used prior to nonlocal declaration"),
                    span,
                ));
            }
            if at_module {
                return Err(err(
                    "nonlocal declaration not allowed at module level",
                    span,
                ));
            }
            self.scope().add(n, DEF_NONLOCAL);
            self.scope().nonlocal_spans.insert(n.clone(), span);
        }
        Ok(())
    }

    fn check_await(&self, span: Span, msg: &str) -> R {
        let s = &self.scopes[self.cur];
        if s.allows_await || (s.is_comprehension && self.enclosing_allows_await()) {
            return Ok(());
        }
        if s.kind == ScopeKind::Function && !s.is_comprehension {
            return Err(err(msg, span));
        }
        if msg.starts_with("'await'") && s.kind != ScopeKind::Function {
            return Err(err("'await' outside function", span));
        }
        Err(err(msg, span))
    }

    fn enclosing_allows_await(&self) -> bool {
        let mut id = self.cur;
        while self.scopes[id].is_comprehension {
            match self.scopes[id].parent {
                Some(p) => id = p,
                None => return false,
            }
        }
        self.scopes[id].allows_await
    }

    fn params(&mut self, a: &Arguments, span: Span) -> R {
        let all = a
            .posonlyargs
            .iter()
            .chain(a.args.iter())
            .chain(a.vararg.iter())
            .chain(a.kwonlyargs.iter())
            .chain(a.kwarg.iter());
        let mut names: Vec<String> = Vec::new();
        for p in all {
            if names.contains(&p.arg) {
                return Err(err(
                    format!("duplicate argument '{}' in function definition", p.arg),
                    p.span,
                ));
            }
            names.push(p.arg.clone());
            self.scope().add(&p.arg, DEF_PARAM);
        }
        let _ = span;
        // Slot order is CPython's: positional, keyword-only, then *args, then **kwargs.
        let mut ordered: Vec<String> = a
            .posonlyargs
            .iter()
            .chain(a.args.iter())
            .chain(a.kwonlyargs.iter())
            .map(|p| p.arg.clone())
            .collect();
        ordered.extend(a.vararg.iter().map(|p| p.arg.clone()));
        ordered.extend(a.kwarg.iter().map(|p| p.arg.clone()));
        let _ = names;
        self.scope().params = ordered;
        Ok(())
    }

    fn annotations(&mut self, a: &Arguments) -> R {
        let all = a
            .posonlyargs
            .iter()
            .chain(a.args.iter())
            .chain(a.vararg.iter())
            .chain(a.kwonlyargs.iter())
            .chain(a.kwarg.iter());
        for p in all {
            if let Some(an) = &p.annotation {
                self.expr(an)?;
            }
        }
        Ok(())
    }

    fn defaults(&mut self, a: &Arguments) -> R {
        self.exprs(&a.defaults)?;
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn function_def(&mut self, f: &FunctionDef, span: Span) -> R {
        self.def(&f.name, span)?;
        self.exprs(&f.decorator_list)?;
        self.defaults(&f.args)?;
        self.annotations(&f.args)?;
        if let Some(r) = &f.returns {
            self.expr(r)?;
        }
        let id = self.enter(ScopeKind::Function, &f.name, node_key(f));
        self.scopes[id].is_coroutine = f.is_async;
        self.scopes[id].allows_await = f.is_async;
        self.params(&f.args, span)?;
        self.stmts(&f.body)?;
        self.leave(id);
        Ok(())
    }

    fn class_def(&mut self, c: &ClassDef, span: Span) -> R {
        self.def(&c.name, span)?;
        self.exprs(&c.bases)?;
        for k in &c.keywords {
            self.expr(&k.value)?;
        }
        self.exprs(&c.decorator_list)?;
        let id = self.enter(ScopeKind::Class, &c.name, node_key(c));
        self.stmts(&c.body)?;
        self.leave(id);
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> R {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn opt_expr(&mut self, e: Option<&Expr>) -> R {
        match e {
            Some(e) => self.expr(e),
            None => Ok(()),
        }
    }

    fn in_function(&self) -> bool {
        self.scopes[self.cur].kind == ScopeKind::Function
    }

    fn expr(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::Name { id, ctx } => {
                match ctx {
                    ExprContext::Load => {
                        self.scope().add(id, USE);
                        if id == "super" && self.in_function() {
                            self.scope().add("__class__", USE);
                        }
                    }
                    _ => self.scope().add(id, DEF_LOCAL),
                }
                Ok(())
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.named_target(target, e.span)
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.defaults(args)?;
                let id = self.enter(ScopeKind::Function, "<lambda>", node_key(e));
                self.params(args, e.span)?;
                self.expr(body)?;
                self.leave(id);
                Ok(())
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                self.exprs(elts)
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", generators, &[elt], false)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", generators, &[elt], false)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", generators, &[elt], true)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", generators, &[key, value], false),
            ExprKind::Await { value } => {
                self.check_await(e.span, "'await' outside async function")?;
                self.expr(value)
            }
            ExprKind::Yield { value } => {
                self.yield_check(e.span, "'yield' outside function")?;
                self.opt_expr(value.as_deref())
            }
            ExprKind::YieldFrom { value } => {
                self.yield_check(e.span, "'yield' outside function")?;
                if self.scopes[self.cur].is_coroutine {
                    return Err(err("'yield from' inside async function", e.span));
                }
                self.expr(value)
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
                Ok(())
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                self.opt_expr(format_spec.as_deref())
            }
            ExprKind::JoinedStr { values } => self.exprs(values),
            ExprKind::Constant { .. } => Ok(()),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)
            }
            ExprKind::Starred { value, .. } => self.expr(value),
            ExprKind::Slice { lower, upper, step } => {
                self.opt_expr(lower.as_deref())?;
                self.opt_expr(upper.as_deref())?;
                self.opt_expr(step.as_deref())
            }
        }
    }

    fn yield_check(&mut self, span: Span, msg: &str) -> R {
        let s = &mut self.scopes[self.cur];
        if s.kind != ScopeKind::Function {
            return Err(err(msg, span));
        }
        if s.is_comprehension {
            return Err(err("'yield' inside list comprehension", span));
        }
        s.is_generator = true;
        Ok(())
    }

    fn named_target(&mut self, target: &Expr, span: Span) -> R {
        let ExprKind::Name { id, .. } = &target.kind else {
            return Ok(());
        };
        let mut id_scope = self.cur;
        let mut chain = Vec::new();
        while self.scopes[id_scope].is_comprehension {
            chain.push(id_scope);
            match self.scopes[id_scope].parent {
                Some(p) => id_scope = p,
                None => break,
            }
        }
        if chain.is_empty() {
            self.scope().add(id, DEF_LOCAL);
            return Ok(());
        }
        let outer_kind = self.scopes[id_scope].kind;
        if outer_kind == ScopeKind::Class {
            return Err(err(
                "assignment expression within a comprehension cannot be used in a class body",
                span,
            ));
        }
        let flag = if outer_kind == ScopeKind::Module {
            DEF_GLOBAL
        } else {
            DEF_NONLOCAL
        };
        for c in chain {
            self.scopes[c].add(id, flag);
        }
        self.scopes[id_scope].add(id, DEF_LOCAL);
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        gens: &[Comprehension],
        elts: &[&Expr],
        is_genexp: bool,
    ) -> R {
        let Some(first) = gens.first() else {
            return Ok(());
        };
        self.expr(&first.iter)?;
        let id = self.enter(ScopeKind::Function, name, node_key(e));
        self.scopes[id].is_comprehension = true;
        self.scopes[id].is_generator = is_genexp;
        let is_async = gens.iter().any(|g| g.is_async);
        if is_async || self.enclosing_allows_await() {
            self.scopes[id].allows_await = true;
        }
        if is_async && !self.enclosing_allows_await() && !is_genexp {
            let _ = self.check_await(
                e.span,
                "asynchronous comprehension outside of an asynchronous function",
            );
        }
        self.scopes[id].params = vec![".0".to_string()];
        self.scopes[id].add(".0", DEF_PARAM);
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.expr(&g.target)?;
            self.exprs(&g.ifs)?;
        }
        for x in elts {
            self.expr(x)?;
        }
        self.leave(id);
        Ok(())
    }
}

/// Resolves every name of scope `id` and its children; returns the names free in it.
fn analyze(
    scopes: &mut [Scope],
    id: ScopeId,
    bound: &HashSet<String>,
    global: &HashSet<String>,
) -> Result<HashSet<String>, CompileError> {
    let kind = scopes[id].kind;
    let mut local = HashSet::new();
    let mut free = HashSet::new();
    let mut newglobal = global.clone();
    let mut newbound_minus = HashSet::new();
    let names: Vec<(String, u32)> = scopes[id]
        .order
        .iter()
        .map(|n| (n.clone(), scopes[id].flags[n]))
        .collect();
    for (name, f) in &names {
        let sc = if f & DEF_GLOBAL != 0 {
            newglobal.insert(name.clone());
            newbound_minus.insert(name.clone());
            NameScope::GlobalExplicit
        } else if f & DEF_NONLOCAL != 0 {
            if !bound.contains(name) {
                let span = scopes[id]
                    .nonlocal_spans
                    .get(name)
                    .copied()
                    .unwrap_or_default();
                return Err(err(format!("no binding for nonlocal '{name}' found"), span));
            }
            free.insert(name.clone());
            NameScope::Free
        } else if f & DEF_BOUND != 0 {
            local.insert(name.clone());
            newglobal.remove(name);
            NameScope::Local
        } else if bound.contains(name) && kind != ScopeKind::Module {
            free.insert(name.clone());
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        scopes[id].resolved.insert(name.clone(), sc);
    }
    let mut newbound: HashSet<String> = match kind {
        ScopeKind::Module => HashSet::new(),
        ScopeKind::Function => bound.union(&local).cloned().collect(),
        ScopeKind::Class => {
            let mut b = bound.clone();
            b.insert("__class__".to_string());
            b
        }
    };
    for n in &newbound_minus {
        newbound.remove(n);
    }
    let mut child_free = HashSet::new();
    for c in scopes[id].children.clone() {
        let cf = analyze(scopes, c, &newbound, &newglobal)?;
        child_free.extend(cf);
    }
    let mut cells = Vec::new();
    for name in child_free {
        let here = scopes[id].resolved.get(&name).copied();
        match (kind, here) {
            (ScopeKind::Function, Some(NameScope::Local)) => {
                scopes[id].resolved.insert(name.clone(), NameScope::Cell);
                cells.push(name);
            }
            (ScopeKind::Function, Some(NameScope::Cell)) => {}
            (ScopeKind::Class, _) if name == "__class__" => {
                scopes[id].needs_class_cell = true;
            }
            (ScopeKind::Class, Some(NameScope::Local)) => {
                if let Some(f) = scopes[id].flags.get_mut(&name) {
                    *f |= DEF_FREE_CLASS;
                }
                free.insert(name);
            }
            (_, Some(NameScope::GlobalExplicit)) => {}
            (ScopeKind::Module, _) => {}
            _ => {
                if here.is_none() || here == Some(NameScope::GlobalImplicit) {
                    scopes[id].resolved.insert(name.clone(), NameScope::Free);
                    scopes[id].order.push(name.clone());
                }
                free.insert(name);
            }
        }
    }
    if scopes[id].needs_class_cell {
        cells.push("__class__".to_string());
    }
    cells.sort();
    scopes[id].cellvars = cells;
    let mut fv: Vec<String> = free.iter().cloned().collect();
    fv.sort();
    scopes[id].freevars = fv;
    Ok(free)
}
