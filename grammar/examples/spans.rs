// Development aid: prints every positioned node as `Class line col end_line end_col`, sorted, for comparison with CPython.
use skein_grammar::ast::*;
use skein_grammar::{LineIndex, Span};

struct W<'a> {
    idx: &'a LineIndex,
    out: Vec<String>,
}

impl W<'_> {
    fn put(&mut self, class: &str, s: Span) {
        let (l, c) = self.idx.line_col(s.start);
        let (el, ec) = self.idx.line_col(s.end);
        self.out.push(format!("{class} {l} {c} {el} {ec}"));
    }
    fn stmts(&mut self, v: &[Stmt]) {
        for s in v {
            self.stmt(s);
        }
    }
    fn args(&mut self, a: &Arguments) {
        for x in a
            .posonlyargs
            .iter()
            .chain(&a.args)
            .chain(&a.vararg)
            .chain(&a.kwonlyargs)
            .chain(&a.kwarg)
        {
            self.put("arg", x.span);
            if let Some(e) = &x.annotation {
                self.expr(e);
            }
        }
        for e in a.kw_defaults.iter().flatten().chain(&a.defaults) {
            self.expr(e);
        }
    }
    fn kw(&mut self, k: &Keyword) {
        self.put("keyword", k.span);
        self.expr(&k.value);
    }
    fn stmt(&mut self, s: &Stmt) {
        use StmtKind::*;
        let name = match &s.kind {
            FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d);
                }
                self.args(&f.args);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.stmts(&f.body);
                if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                }
            }
            ClassDef(c) => {
                for e in c.decorator_list.iter().chain(&c.bases) {
                    self.expr(e);
                }
                for k in &c.keywords {
                    self.kw(k);
                }
                self.stmts(&c.body);
                "ClassDef"
            }
            Return { value } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                "Return"
            }
            Delete { targets } => {
                for t in targets {
                    self.expr(t);
                }
                "Delete"
            }
            Assign { targets, value } => {
                for t in targets {
                    self.expr(t);
                }
                self.expr(value);
                "Assign"
            }
            AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
                "AugAssign"
            }
            AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target);
                self.expr(annotation);
                if let Some(v) = value {
                    self.expr(v);
                }
                "AnnAssign"
            }
            For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(target);
                self.expr(iter);
                self.stmts(body);
                self.stmts(orelse);
                if *is_async {
                    "AsyncFor"
                } else {
                    "For"
                }
            }
            While { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
                "While"
            }
            If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
                "If"
            }
            With {
                is_async,
                items,
                body,
            } => {
                for i in items {
                    self.expr(&i.context_expr);
                    if let Some(v) = &i.optional_vars {
                        self.expr(v);
                    }
                }
                self.stmts(body);
                if *is_async {
                    "AsyncWith"
                } else {
                    "With"
                }
            }
            Raise { exc, cause } => {
                for e in exc.iter().chain(cause) {
                    self.expr(e);
                }
                "Raise"
            }
            Try {
                is_star,
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body);
                for h in handlers {
                    self.put("ExceptHandler", h.span);
                    if let Some(t) = &h.type_ {
                        self.expr(t);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
                if *is_star {
                    "TryStar"
                } else {
                    "Try"
                }
            }
            Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
                "Assert"
            }
            Import { names } | ImportFrom { names, .. } => {
                for a in names {
                    self.put("alias", a.span);
                }
                if matches!(s.kind, Import { .. }) {
                    "Import"
                } else {
                    "ImportFrom"
                }
            }
            Global { .. } => "Global",
            Nonlocal { .. } => "Nonlocal",
            Expr { value } => {
                self.expr(value);
                "Expr"
            }
            Pass => "Pass",
            Break => "Break",
            Continue => "Continue",
        };
        self.put(name, s.span);
    }
    fn comps(&mut self, g: &[Comprehension]) {
        for c in g {
            self.expr(&c.target);
            self.expr(&c.iter);
            for i in &c.ifs {
                self.expr(i);
            }
        }
    }
    fn expr(&mut self, e: &Expr) {
        use ExprKind::*;
        let name = match &e.kind {
            BoolOp { values, .. } => {
                values.iter().for_each(|v| self.expr(v));
                "BoolOp"
            }
            NamedExpr { target, value } => {
                self.expr(target);
                self.expr(value);
                "NamedExpr"
            }
            BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
                "BinOp"
            }
            UnaryOp { operand, .. } => {
                self.expr(operand);
                "UnaryOp"
            }
            Lambda { args, body } => {
                self.args(args);
                self.expr(body);
                "Lambda"
            }
            IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
                "IfExp"
            }
            Dict { keys, values } => {
                keys.iter()
                    .flatten()
                    .chain(values)
                    .for_each(|v| self.expr(v));
                "Dict"
            }
            Set { elts } => {
                elts.iter().for_each(|v| self.expr(v));
                "Set"
            }
            ListComp { elt, generators }
            | SetComp { elt, generators }
            | GeneratorExp { elt, generators } => {
                self.expr(elt);
                self.comps(generators);
                match &e.kind {
                    ListComp { .. } => "ListComp",
                    SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                }
            }
            DictComp {
                key,
                value,
                generators,
            } => {
                self.expr(key);
                self.expr(value);
                self.comps(generators);
                "DictComp"
            }
            Await { value } => {
                self.expr(value);
                "Await"
            }
            Yield { value } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                "Yield"
            }
            YieldFrom { value } => {
                self.expr(value);
                "YieldFrom"
            }
            Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                comparators.iter().for_each(|v| self.expr(v));
                "Compare"
            }
            Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                args.iter().for_each(|v| self.expr(v));
                keywords.iter().for_each(|k| self.kw(k));
                "Call"
            }
            FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value);
                if let Some(f) = format_spec {
                    self.expr(f);
                }
                "FormattedValue"
            }
            JoinedStr { values } => {
                values.iter().for_each(|v| self.expr(v));
                "JoinedStr"
            }
            Constant { .. } => "Constant",
            Attribute { value, .. } => {
                self.expr(value);
                "Attribute"
            }
            Subscript { value, slice, .. } => {
                self.expr(value);
                self.expr(slice);
                "Subscript"
            }
            Starred { value, .. } => {
                self.expr(value);
                "Starred"
            }
            Name { .. } => "Name",
            List { elts, .. } => {
                elts.iter().for_each(|v| self.expr(v));
                "List"
            }
            Tuple { elts, .. } => {
                elts.iter().for_each(|v| self.expr(v));
                "Tuple"
            }
            Slice { lower, upper, step } => {
                for x in lower.iter().chain(upper).chain(step) {
                    self.expr(x);
                }
                "Slice"
            }
        };
        self.put(name, e.span);
    }
}

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    let idx = LineIndex::new(&src);
    let mut w = W {
        idx: &idx,
        out: Vec::new(),
    };
    match skein_grammar::parser::parse_module(&src) {
        Ok(Mod::Module { body }) => w.stmts(&body),
        Ok(_) => {}
        Err(e) => println!("ERROR {e}"),
    }
    w.out.sort();
    for l in w.out {
        println!("{l}");
    }
}
