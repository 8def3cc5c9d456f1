//! `ast.dump`: prints a tree exactly as CPython's `ast.dump(tree)` does with default options.
//!
//! CPython prints `ClassName(field=value, ...)` with the fields in `_fields` order; an
//! optional field whose value is `None` is left out, a `None` inside a list prints
//! `None`, lists print `[...]`, and scalars print their `repr`. Fields CPython always
//! leaves empty (`type_comment`) never print; `type_ignores=[]` always does.

use std::fmt::Write;

use crate::ast::*;
use crate::pyrepr::{self, IntTooLarge};

/// `ast.dump(tree)`. An int literal past CPython's 4300-digit limit prints in full here;
/// `try_dump` reports it as CPython does.
pub fn dump(m: &Mod) -> String {
    let mut d = Dumper::default();
    d.module(m);
    d.out
}

/// `ast.dump(tree)`, failing as CPython does (`ValueError`) when an int literal has more
/// than 4300 decimal digits.
pub fn try_dump(m: &Mod) -> Result<String, IntTooLarge> {
    let mut d = Dumper::default();
    d.module(m);
    if d.int_too_large {
        return Err(IntTooLarge);
    }
    Ok(d.out)
}

/// `ast.dump` of one statement.
pub fn dump_stmt(s: &Stmt) -> String {
    let mut d = Dumper::default();
    d.stmt(s);
    d.out
}

/// `ast.dump` of one expression.
pub fn dump_expr(e: &Expr) -> String {
    let mut d = Dumper::default();
    d.expr(e);
    d.out
}

#[derive(Default)]
struct Dumper {
    out: String,
    int_too_large: bool,
}

/// Writes one node: `Name(` then `field=value` pairs separated by `, ` then `)`.
struct Node<'a> {
    d: &'a mut Dumper,
    first: bool,
}

impl<'a> Node<'a> {
    fn field(&mut self, name: &str) -> &mut Dumper {
        if !self.first {
            self.d.out.push_str(", ");
        }
        self.first = false;
        self.d.out.push_str(name);
        self.d.out.push('=');
        self.d
    }

    fn stmts(&mut self, name: &str, body: &[Stmt]) {
        self.field(name).list(body, Dumper::stmt);
    }

    fn exprs(&mut self, name: &str, items: &[Expr]) {
        self.field(name).list(items, Dumper::expr);
    }

    fn expr(&mut self, name: &str, e: &Expr) {
        self.field(name).expr(e);
    }

    fn opt_expr(&mut self, name: &str, e: &Option<Box<Expr>>) {
        if let Some(e) = e {
            self.field(name).expr(e);
        }
    }

    fn ident(&mut self, name: &str, id: &str) {
        let s = pyrepr::str_repr(id);
        self.field(name).out.push_str(&s);
    }

    fn opt_ident(&mut self, name: &str, id: &Option<Identifier>) {
        if let Some(id) = id {
            self.ident(name, id);
        }
    }

    fn idents(&mut self, name: &str, ids: &[Identifier]) {
        self.field(name)
            .list(ids, |d, id| d.out.push_str(&pyrepr::str_repr(id)));
    }

    fn raw(&mut self, name: &str, text: &str) {
        self.field(name).out.push_str(text);
    }

    fn ctx(&mut self, ctx: ExprContext) {
        let text = match ctx {
            ExprContext::Load => "Load()",
            ExprContext::Store => "Store()",
            ExprContext::Del => "Del()",
        };
        self.raw("ctx", text);
    }

    fn end(self) {
        self.d.out.push(')');
    }
}

impl Dumper {
    fn node(&mut self, class: &str) -> Node<'_> {
        self.out.push_str(class);
        self.out.push('(');
        Node {
            d: self,
            first: true,
        }
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Dumper, &T)) {
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            each(self, item);
        }
        self.out.push(']');
    }

    fn module(&mut self, m: &Mod) {
        match m {
            Mod::Module { body } => {
                let mut n = self.node("Module");
                n.stmts("body", body);
                n.raw("type_ignores", "[]");
                n.end();
            }
            Mod::Interactive { body } => {
                let mut n = self.node("Interactive");
                n.stmts("body", body);
                n.end();
            }
            Mod::Expression { body } => {
                let mut n = self.node("Expression");
                n.expr("body", body);
                n.end();
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                let class = if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                let mut n = self.node(class);
                n.ident("name", &f.name);
                n.field("args").arguments(&f.args);
                n.stmts("body", &f.body);
                n.exprs("decorator_list", &f.decorator_list);
                n.opt_expr("returns", &f.returns);
                n.end();
            }
            StmtKind::ClassDef(c) => {
                let mut n = self.node("ClassDef");
                n.ident("name", &c.name);
                n.exprs("bases", &c.bases);
                n.field("keywords").list(&c.keywords, Dumper::keyword);
                n.stmts("body", &c.body);
                n.exprs("decorator_list", &c.decorator_list);
                n.end();
            }
            StmtKind::Return { value } => {
                let mut n = self.node("Return");
                n.opt_expr("value", value);
                n.end();
            }
            StmtKind::Delete { targets } => {
                let mut n = self.node("Delete");
                n.exprs("targets", targets);
                n.end();
            }
            StmtKind::Assign { targets, value } => {
                let mut n = self.node("Assign");
                n.exprs("targets", targets);
                n.expr("value", value);
                n.end();
            }
            StmtKind::AugAssign { target, op, value } => {
                let mut n = self.node("AugAssign");
                n.expr("target", target);
                n.raw("op", operator(*op));
                n.expr("value", value);
                n.end();
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                let mut n = self.node("AnnAssign");
                n.expr("target", target);
                n.expr("annotation", annotation);
                n.opt_expr("value", value);
                n.raw("simple", if *simple { "1" } else { "0" });
                n.end();
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                let mut n = self.node(if *is_async { "AsyncFor" } else { "For" });
                n.expr("target", target);
                n.expr("iter", iter);
                n.stmts("body", body);
                n.stmts("orelse", orelse);
                n.end();
            }
            StmtKind::While { test, body, orelse } => {
                let mut n = self.node("While");
                n.expr("test", test);
                n.stmts("body", body);
                n.stmts("orelse", orelse);
                n.end();
            }
            StmtKind::If { test, body, orelse } => {
                let mut n = self.node("If");
                n.expr("test", test);
                n.stmts("body", body);
                n.stmts("orelse", orelse);
                n.end();
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                let mut n = self.node(if *is_async { "AsyncWith" } else { "With" });
                n.field("items").list(items, Dumper::withitem);
                n.stmts("body", body);
                n.end();
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = self.node("Raise");
                n.opt_expr("exc", exc);
                n.opt_expr("cause", cause);
                n.end();
            }
            StmtKind::Try {
                is_star,
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let mut n = self.node(if *is_star { "TryStar" } else { "Try" });
                n.stmts("body", body);
                n.field("handlers").list(handlers, Dumper::handler);
                n.stmts("orelse", orelse);
                n.stmts("finalbody", finalbody);
                n.end();
            }
            StmtKind::Assert { test, msg } => {
                let mut n = self.node("Assert");
                n.expr("test", test);
                n.opt_expr("msg", msg);
                n.end();
            }
            StmtKind::Import { names } => {
                let mut n = self.node("Import");
                n.field("names").list(names, Dumper::alias);
                n.end();
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let mut n = self.node("ImportFrom");
                n.opt_ident("module", module);
                n.field("names").list(names, Dumper::alias);
                n.raw("level", &level.to_string());
                n.end();
            }
            StmtKind::Global { names } => {
                let mut n = self.node("Global");
                n.idents("names", names);
                n.end();
            }
            StmtKind::Nonlocal { names } => {
                let mut n = self.node("Nonlocal");
                n.idents("names", names);
                n.end();
            }
            StmtKind::Expr { value } => {
                let mut n = self.node("Expr");
                n.expr("value", value);
                n.end();
            }
            StmtKind::Pass => self.out.push_str("Pass()"),
            StmtKind::Break => self.out.push_str("Break()"),
            StmtKind::Continue => self.out.push_str("Continue()"),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let mut n = self.node("BoolOp");
                n.raw(
                    "op",
                    match op {
                        BoolOp::And => "And()",
                        BoolOp::Or => "Or()",
                    },
                );
                n.exprs("values", values);
                n.end();
            }
            ExprKind::NamedExpr { target, value } => {
                let mut n = self.node("NamedExpr");
                n.expr("target", target);
                n.expr("value", value);
                n.end();
            }
            ExprKind::BinOp { left, op, right } => {
                let mut n = self.node("BinOp");
                n.expr("left", left);
                n.raw("op", operator(*op));
                n.expr("right", right);
                n.end();
            }
            ExprKind::UnaryOp { op, operand } => {
                let mut n = self.node("UnaryOp");
                n.raw(
                    "op",
                    match op {
                        UnaryOp::Invert => "Invert()",
                        UnaryOp::Not => "Not()",
                        UnaryOp::UAdd => "UAdd()",
                        UnaryOp::USub => "USub()",
                    },
                );
                n.expr("operand", operand);
                n.end();
            }
            ExprKind::Lambda { args, body } => {
                let mut n = self.node("Lambda");
                n.field("args").arguments(args);
                n.expr("body", body);
                n.end();
            }
            ExprKind::IfExp { test, body, orelse } => {
                let mut n = self.node("IfExp");
                n.expr("test", test);
                n.expr("body", body);
                n.expr("orelse", orelse);
                n.end();
            }
            ExprKind::Dict { keys, values } => {
                let mut n = self.node("Dict");
                n.field("keys").list(keys, Dumper::opt_expr_in_list);
                n.exprs("values", values);
                n.end();
            }
            ExprKind::Set { elts } => {
                let mut n = self.node("Set");
                n.exprs("elts", elts);
                n.end();
            }
            ExprKind::ListComp { elt, generators } => self.comp("ListComp", elt, generators),
            ExprKind::SetComp { elt, generators } => self.comp("SetComp", elt, generators),
            ExprKind::GeneratorExp { elt, generators } => {
                self.comp("GeneratorExp", elt, generators)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                let mut n = self.node("DictComp");
                n.expr("key", key);
                n.expr("value", value);
                n.field("generators")
                    .list(generators, Dumper::comprehension);
                n.end();
            }
            ExprKind::Await { value } => {
                let mut n = self.node("Await");
                n.expr("value", value);
                n.end();
            }
            ExprKind::Yield { value } => {
                let mut n = self.node("Yield");
                n.opt_expr("value", value);
                n.end();
            }
            ExprKind::YieldFrom { value } => {
                let mut n = self.node("YieldFrom");
                n.expr("value", value);
                n.end();
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let mut n = self.node("Compare");
                n.expr("left", left);
                n.field("ops").list(ops, |d, op| d.out.push_str(cmpop(*op)));
                n.exprs("comparators", comparators);
                n.end();
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let mut n = self.node("Call");
                n.expr("func", func);
                n.exprs("args", args);
                n.field("keywords").list(keywords, Dumper::keyword);
                n.end();
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                let mut n = self.node("FormattedValue");
                n.expr("value", value);
                n.raw("conversion", &conversion.code().to_string());
                n.opt_expr("format_spec", format_spec);
                n.end();
            }
            ExprKind::JoinedStr { values } => {
                let mut n = self.node("JoinedStr");
                n.exprs("values", values);
                n.end();
            }
            ExprKind::Constant { value, kind } => {
                let mut n = self.node("Constant");
                n.field("value").constant(value);
                n.opt_ident("kind", kind);
                n.end();
            }
            ExprKind::Attribute { value, attr, ctx } => {
                let mut n = self.node("Attribute");
                n.expr("value", value);
                n.ident("attr", attr);
                n.ctx(*ctx);
                n.end();
            }
            ExprKind::Subscript { value, slice, ctx } => {
                let mut n = self.node("Subscript");
                n.expr("value", value);
                n.expr("slice", slice);
                n.ctx(*ctx);
                n.end();
            }
            ExprKind::Starred { value, ctx } => {
                let mut n = self.node("Starred");
                n.expr("value", value);
                n.ctx(*ctx);
                n.end();
            }
            ExprKind::Name { id, ctx } => {
                let mut n = self.node("Name");
                n.ident("id", id);
                n.ctx(*ctx);
                n.end();
            }
            ExprKind::List { elts, ctx } => {
                let mut n = self.node("List");
                n.exprs("elts", elts);
                n.ctx(*ctx);
                n.end();
            }
            ExprKind::Tuple { elts, ctx } => {
                let mut n = self.node("Tuple");
                n.exprs("elts", elts);
                n.ctx(*ctx);
                n.end();
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut n = self.node("Slice");
                n.opt_expr("lower", lower);
                n.opt_expr("upper", upper);
                n.opt_expr("step", step);
                n.end();
            }
        }
    }

    fn opt_expr_in_list(&mut self, e: &Option<Expr>) {
        match e {
            Some(e) => self.expr(e),
            None => self.out.push_str("None"),
        }
    }

    fn comp(&mut self, class: &str, elt: &Expr, generators: &[Comprehension]) {
        let mut n = self.node(class);
        n.expr("elt", elt);
        n.field("generators")
            .list(generators, Dumper::comprehension);
        n.end();
    }

    fn comprehension(&mut self, c: &Comprehension) {
        let mut n = self.node("comprehension");
        n.expr("target", &c.target);
        n.expr("iter", &c.iter);
        n.exprs("ifs", &c.ifs);
        n.raw("is_async", if c.is_async { "1" } else { "0" });
        n.end();
    }

    fn constant(&mut self, c: &Constant) {
        match c {
            Constant::None => self.out.push_str("None"),
            Constant::Bool(true) => self.out.push_str("True"),
            Constant::Bool(false) => self.out.push_str("False"),
            Constant::Ellipsis => self.out.push_str("Ellipsis"),
            Constant::Str(s) => self.out.push_str(&pyrepr::str_repr(s)),
            Constant::Bytes(b) => self.out.push_str(&pyrepr::bytes_repr(b)),
            Constant::Int(i) => match pyrepr::int_repr(i) {
                Ok(text) => self.out.push_str(&text),
                Err(IntTooLarge) => {
                    self.int_too_large = true;
                    let _ = write!(self.out, "{i}");
                }
            },
            Constant::Float(f) => self.out.push_str(&pyrepr::float_repr(*f)),
            Constant::Complex { real, imag } => {
                self.out.push_str(&pyrepr::complex_repr(*real, *imag))
            }
        }
    }

    fn arguments(&mut self, a: &Arguments) {
        let mut n = self.node("arguments");
        n.field("posonlyargs").list(&a.posonlyargs, Dumper::arg);
        n.field("args").list(&a.args, Dumper::arg);
        if let Some(v) = &a.vararg {
            n.field("vararg").arg(v);
        }
        n.field("kwonlyargs").list(&a.kwonlyargs, Dumper::arg);
        n.field("kw_defaults")
            .list(&a.kw_defaults, Dumper::opt_expr_in_list);
        if let Some(k) = &a.kwarg {
            n.field("kwarg").arg(k);
        }
        n.exprs("defaults", &a.defaults);
        n.end();
    }

    fn arg(&mut self, a: &Arg) {
        let mut n = self.node("arg");
        n.ident("arg", &a.arg);
        n.opt_expr("annotation", &a.annotation);
        n.end();
    }

    fn keyword(&mut self, k: &Keyword) {
        let mut n = self.node("keyword");
        n.opt_ident("arg", &k.arg);
        n.expr("value", &k.value);
        n.end();
    }

    fn alias(&mut self, a: &Alias) {
        let mut n = self.node("alias");
        n.ident("name", &a.name);
        n.opt_ident("asname", &a.asname);
        n.end();
    }

    fn withitem(&mut self, w: &WithItem) {
        let mut n = self.node("withitem");
        n.expr("context_expr", &w.context_expr);
        n.opt_expr("optional_vars", &w.optional_vars);
        n.end();
    }

    fn handler(&mut self, h: &ExceptHandler) {
        let mut n = self.node("ExceptHandler");
        n.opt_expr("type", &h.type_);
        n.opt_ident("name", &h.name);
        n.stmts("body", &h.body);
        n.end();
    }
}

fn operator(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add()",
        Operator::Sub => "Sub()",
        Operator::Mult => "Mult()",
        Operator::MatMult => "MatMult()",
        Operator::Div => "Div()",
        Operator::Mod => "Mod()",
        Operator::Pow => "Pow()",
        Operator::LShift => "LShift()",
        Operator::RShift => "RShift()",
        Operator::BitOr => "BitOr()",
        Operator::BitXor => "BitXor()",
        Operator::BitAnd => "BitAnd()",
        Operator::FloorDiv => "FloorDiv()",
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq()",
        CmpOp::NotEq => "NotEq()",
        CmpOp::Lt => "Lt()",
        CmpOp::LtE => "LtE()",
        CmpOp::Gt => "Gt()",
        CmpOp::GtE => "GtE()",
        CmpOp::Is => "Is()",
        CmpOp::IsNot => "IsNot()",
        CmpOp::In => "In()",
        CmpOp::NotIn => "NotIn()",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    // Expected strings are python3.11's `ast.dump(ast.parse(SOURCE))` for the source in
    // each test's comment.

    fn e(kind: ExprKind) -> Expr {
        Expr::new(Span::default(), kind)
    }
    fn s(kind: StmtKind) -> Stmt {
        Stmt::new(Span::default(), kind)
    }
    fn name(id: &str, ctx: ExprContext) -> Expr {
        e(ExprKind::Name { id: id.into(), ctx })
    }
    fn int(v: i64) -> Expr {
        e(ExprKind::Constant {
            value: Constant::Int(v.into()),
            kind: None,
        })
    }
    fn arg(a: &str) -> Arg {
        Arg {
            span: Span::default(),
            arg: a.into(),
            annotation: None,
        }
    }
    fn module(body: Vec<Stmt>) -> String {
        dump(&Mod::Module { body })
    }

    #[test]
    fn assignment() {
        // x = 1
        let tree = vec![s(StmtKind::Assign {
            targets: vec![name("x", ExprContext::Store)],
            value: Box::new(int(1)),
        })];
        assert_eq!(
            module(tree),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"
        );
    }

    #[test]
    fn async_function_with_every_kind_of_parameter() {
        // async def f(a, /, b=2, *c, d, e=3, **g) -> int:
        //     return a
        let f = FunctionDef {
            is_async: true,
            name: "f".into(),
            args: Arguments {
                posonlyargs: vec![arg("a")],
                args: vec![arg("b")],
                vararg: Some(arg("c")),
                kwonlyargs: vec![arg("d"), arg("e")],
                kw_defaults: vec![None, Some(int(3))],
                kwarg: Some(arg("g")),
                defaults: vec![int(2)],
            },
            body: vec![s(StmtKind::Return {
                value: Some(Box::new(name("a", ExprContext::Load))),
            })],
            decorator_list: vec![],
            returns: Some(Box::new(name("int", ExprContext::Load))),
        };
        assert_eq!(
            module(vec![s(StmtKind::FunctionDef(Box::new(f)))]),
            "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='g'), defaults=[Constant(value=2)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])"
        );
    }

    #[test]
    fn dict_with_unpacking_and_relative_import() {
        // d = {**m, 'k': 1.5}
        // from . import (a as b)
        let dict = e(ExprKind::Dict {
            keys: vec![
                None,
                Some(e(ExprKind::Constant {
                    value: Constant::Str("k".into()),
                    kind: None,
                })),
            ],
            values: vec![
                name("m", ExprContext::Load),
                e(ExprKind::Constant {
                    value: Constant::Float(1.5),
                    kind: None,
                }),
            ],
        });
        let import = s(StmtKind::ImportFrom {
            module: None,
            names: vec![Alias {
                span: Span::default(),
                name: "a".into(),
                asname: Some("b".into()),
            }],
            level: 1,
        });
        assert_eq!(
            dump_expr(&dict),
            "Dict(keys=[None, Constant(value='k')], values=[Name(id='m', ctx=Load()), Constant(value=1.5)])"
        );
        assert_eq!(
            dump_stmt(&import),
            "ImportFrom(names=[alias(name='a', asname='b')], level=1)"
        );
    }

    #[test]
    fn fstring_with_conversion_and_nested_spec() {
        // f'{x!r:>{w}} y'
        let spec = e(ExprKind::JoinedStr {
            values: vec![
                e(ExprKind::Constant {
                    value: Constant::Str(">".into()),
                    kind: None,
                }),
                e(ExprKind::FormattedValue {
                    value: Box::new(name("w", ExprContext::Load)),
                    conversion: Conversion::None,
                    format_spec: None,
                }),
            ],
        });
        let fstring = e(ExprKind::JoinedStr {
            values: vec![
                e(ExprKind::FormattedValue {
                    value: Box::new(name("x", ExprContext::Load)),
                    conversion: Conversion::Repr,
                    format_spec: Some(Box::new(spec)),
                }),
                e(ExprKind::Constant {
                    value: Constant::Str(" y".into()),
                    kind: None,
                }),
            ],
        });
        assert_eq!(
            dump_expr(&fstring),
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value=' y')])"
        );
    }

    #[test]
    fn try_star_async_for_with_and_constants() {
        // try:
        //     pass
        // except* E as e:
        //     pass
        let try_star = s(StmtKind::Try {
            is_star: true,
            body: vec![s(StmtKind::Pass)],
            handlers: vec![ExceptHandler {
                span: Span::default(),
                type_: Some(Box::new(name("E", ExprContext::Load))),
                name: Some("e".into()),
                body: vec![s(StmtKind::Pass)],
            }],
            orelse: vec![],
            finalbody: vec![],
        });
        assert_eq!(
            dump_stmt(&try_star),
            "TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()])], orelse=[], finalbody=[])"
        );
        // async with a as (b, c): pass
        let with = s(StmtKind::With {
            is_async: true,
            items: vec![WithItem {
                context_expr: name("a", ExprContext::Load),
                optional_vars: Some(Box::new(e(ExprKind::Tuple {
                    elts: vec![name("b", ExprContext::Store), name("c", ExprContext::Store)],
                    ctx: ExprContext::Store,
                }))),
            }],
            body: vec![s(StmtKind::Pass)],
        });
        assert_eq!(
            dump_stmt(&with),
            "AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()))], body=[Pass()])"
        );
        // u'a'; b'\x00'; 2j; ...; None; True
        let constants = [
            (
                Constant::Str("a".into()),
                Some("u".to_string()),
                "Constant(value='a', kind='u')",
            ),
            (Constant::Bytes(vec![0]), None, "Constant(value=b'\\x00')"),
            (
                Constant::Complex {
                    real: 0.0,
                    imag: 2.0,
                },
                None,
                "Constant(value=2j)",
            ),
            (Constant::Ellipsis, None, "Constant(value=Ellipsis)"),
            (Constant::None, None, "Constant(value=None)"),
            (Constant::Bool(true), None, "Constant(value=True)"),
        ];
        for (value, kind, expected) in constants {
            assert_eq!(dump_expr(&e(ExprKind::Constant { value, kind })), expected);
        }
    }

    #[test]
    fn huge_int_fails_like_cpython() {
        let big: num_bigint::BigInt = "7".repeat(4301).parse().unwrap();
        let tree = Mod::Expression {
            body: Box::new(e(ExprKind::Constant {
                value: Constant::Int(big),
                kind: None,
            })),
        };
        assert_eq!(try_dump(&tree), Err(IntTooLarge));
        assert!(dump(&tree).len() > 4301);
    }
}
