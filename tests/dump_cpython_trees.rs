//! `dump` checked on CPython's own trees: python3 serializes each stdlib file's `ast`, the test rebuilds it as a Skein tree and compares `dump` with CPython's `ast.dump`.
//!
//! This tests `grammar/src/dump.rs` and `pyrepr.rs` on real trees independently of the
//! lexer and parser. A quarter of the stdlib by default (every 4th file, which covers
//! every node type); `SKEIN_DUMP_EVERY=1` checks all of it.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

use num_bigint::BigInt;
use skein_grammar::ast::*;
use skein_grammar::span::Span;

/// A CPython `ast` value as tests/tools/cpython_trees.py writes it.
#[derive(Debug)]
enum V {
    Node(String, Vec<V>),
    List(Vec<V>),
    Str(String),
    Bytes(Vec<u8>),
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Bool(bool),
    None,
    Ellipsis,
}

struct Reader<'a> {
    data: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> u8 {
        self.data.get(self.at).copied().unwrap_or(0)
    }
    fn bump(&mut self) -> u8 {
        let c = self.peek();
        self.at += 1;
        c
    }
    fn until(&mut self, end: u8) -> &str {
        let start = self.at;
        while self.peek() != end {
            self.at += 1;
        }
        let text = std::str::from_utf8(&self.data[start..self.at]).expect("ASCII");
        self.at += 1;
        text
    }
    fn float(text: &str) -> f64 {
        match text {
            "inf" => f64::INFINITY,
            "-inf" => f64::NEG_INFINITY,
            "nan" => f64::NAN,
            _ => text.parse().expect("float repr"),
        }
    }
    fn value(&mut self) -> V {
        while self.peek() == b' ' {
            self.at += 1;
        }
        match self.bump() {
            b'(' => {
                let start = self.at;
                while self.peek().is_ascii_alphanumeric() || self.peek() == b'_' {
                    self.at += 1;
                }
                let name = String::from_utf8_lossy(&self.data[start..self.at]).into_owned();
                let mut fields = Vec::new();
                while self.peek() != b')' {
                    fields.push(self.value());
                }
                self.at += 1;
                V::Node(name, fields)
            }
            b'[' => {
                let mut items = Vec::new();
                loop {
                    while self.peek() == b' ' {
                        self.at += 1;
                    }
                    if self.peek() == b']' {
                        self.at += 1;
                        break;
                    }
                    items.push(self.value());
                }
                V::List(items)
            }
            b'N' => V::None,
            b'T' => V::Bool(true),
            b'F' => V::Bool(false),
            b'E' => V::Ellipsis,
            b'i' => {
                let text = self.until(b';');
                let (negative, digits) = match text.strip_prefix('-') {
                    Some(d) => (true, d),
                    None => (false, text),
                };
                let n = BigInt::parse_bytes(digits.as_bytes(), 16).expect("hex int");
                V::Int(if negative { -n } else { n })
            }
            b'f' => V::Float(Self::float(self.until(b';'))),
            b'c' => {
                let text = self.until(b';').to_string();
                let (re, im) = text.split_once(',').expect("complex");
                V::Complex(Self::float(re), Self::float(im))
            }
            c @ (b's' | b'b') => {
                let len: usize = self.until(b':').parse().expect("length");
                let raw = self.data[self.at..self.at + len].to_vec();
                self.at += len;
                if c == b's' {
                    V::Str(String::from_utf8(raw).expect("UTF-8"))
                } else {
                    V::Bytes(raw)
                }
            }
            c => panic!("unexpected byte {c} at {}", self.at - 1),
        }
    }
}

// Conversion from `V` to Skein's tree. A malformed tree is a bug in the tool: panic.

fn sp() -> Span {
    Span::default()
}

fn node(v: V) -> (String, Vec<V>) {
    match v {
        V::Node(name, fields) => (name, fields),
        other => panic!("expected a node, got {other:?}"),
    }
}

fn list(v: V) -> Vec<V> {
    match v {
        V::List(items) => items,
        other => panic!("expected a list, got {other:?}"),
    }
}

fn string(v: V) -> String {
    match v {
        V::Str(s) => s,
        other => panic!("expected a str, got {other:?}"),
    }
}

fn opt_string(v: V) -> Option<String> {
    match v {
        V::None => None,
        v => Some(string(v)),
    }
}

fn int(v: V) -> i64 {
    match v {
        V::Int(i) => i64::try_from(i).expect("small int"),
        other => panic!("expected an int, got {other:?}"),
    }
}

fn stmts(v: V) -> Vec<Stmt> {
    list(v).into_iter().map(stmt).collect()
}

fn exprs(v: V) -> Vec<Expr> {
    list(v).into_iter().map(expr).collect()
}

fn bexpr(v: V) -> Box<Expr> {
    Box::new(expr(v))
}

fn opt_expr(v: V) -> Option<Box<Expr>> {
    match v {
        V::None => None,
        v => Some(bexpr(v)),
    }
}

fn opt_exprs(v: V) -> Vec<Option<Expr>> {
    list(v)
        .into_iter()
        .map(|item| match item {
            V::None => None,
            item => Some(expr(item)),
        })
        .collect()
}

fn ctx(v: V) -> ExprContext {
    match node(v).0.as_str() {
        "Load" => ExprContext::Load,
        "Store" => ExprContext::Store,
        "Del" => ExprContext::Del,
        other => panic!("ctx {other}"),
    }
}

fn operator(v: V) -> Operator {
    match node(v).0.as_str() {
        "Add" => Operator::Add,
        "Sub" => Operator::Sub,
        "Mult" => Operator::Mult,
        "MatMult" => Operator::MatMult,
        "Div" => Operator::Div,
        "Mod" => Operator::Mod,
        "Pow" => Operator::Pow,
        "LShift" => Operator::LShift,
        "RShift" => Operator::RShift,
        "BitOr" => Operator::BitOr,
        "BitXor" => Operator::BitXor,
        "BitAnd" => Operator::BitAnd,
        "FloorDiv" => Operator::FloorDiv,
        other => panic!("operator {other}"),
    }
}

fn cmpop(v: V) -> CmpOp {
    match node(v).0.as_str() {
        "Eq" => CmpOp::Eq,
        "NotEq" => CmpOp::NotEq,
        "Lt" => CmpOp::Lt,
        "LtE" => CmpOp::LtE,
        "Gt" => CmpOp::Gt,
        "GtE" => CmpOp::GtE,
        "Is" => CmpOp::Is,
        "IsNot" => CmpOp::IsNot,
        "In" => CmpOp::In,
        "NotIn" => CmpOp::NotIn,
        other => panic!("cmpop {other}"),
    }
}

fn arg(v: V) -> Arg {
    let (_, f) = node(v);
    let mut f = f.into_iter();
    let mut next = || f.next().expect("field");
    Arg {
        span: sp(),
        arg: string(next()),
        annotation: opt_expr(next()),
    }
}

fn opt_arg(v: V) -> Option<Arg> {
    match v {
        V::None => None,
        v => Some(arg(v)),
    }
}

fn arguments(v: V) -> Arguments {
    let (_, f) = node(v);
    let mut f = f.into_iter();
    let mut next = || f.next().expect("field");
    Arguments {
        posonlyargs: list(next()).into_iter().map(arg).collect(),
        args: list(next()).into_iter().map(arg).collect(),
        vararg: opt_arg(next()),
        kwonlyargs: list(next()).into_iter().map(arg).collect(),
        kw_defaults: opt_exprs(next()),
        kwarg: opt_arg(next()),
        defaults: exprs(next()),
    }
}

fn keyword(v: V) -> Keyword {
    let (_, f) = node(v);
    let mut f = f.into_iter();
    let mut next = || f.next().expect("field");
    Keyword {
        span: sp(),
        arg: opt_string(next()),
        value: expr(next()),
    }
}

fn keywords(v: V) -> Vec<Keyword> {
    list(v).into_iter().map(keyword).collect()
}

fn alias(v: V) -> Alias {
    let (_, f) = node(v);
    let mut f = f.into_iter();
    let mut next = || f.next().expect("field");
    Alias {
        span: sp(),
        name: string(next()),
        asname: opt_string(next()),
    }
}

fn comprehensions(v: V) -> Vec<Comprehension> {
    list(v)
        .into_iter()
        .map(|c| {
            let (_, f) = node(c);
            let mut f = f.into_iter();
            let mut next = || f.next().expect("field");
            Comprehension {
                target: expr(next()),
                iter: expr(next()),
                ifs: exprs(next()),
                is_async: int(next()) != 0,
            }
        })
        .collect()
}

fn stmt(v: V) -> Stmt {
    let (name, f) = node(v);
    let mut f = f.into_iter();
    let mut next = || f.next().expect("field");
    let kind = match name.as_str() {
        "FunctionDef" | "AsyncFunctionDef" => StmtKind::FunctionDef(Box::new(FunctionDef {
            is_async: name == "AsyncFunctionDef",
            name: string(next()),
            args: arguments(next()),
            body: stmts(next()),
            decorator_list: exprs(next()),
            returns: opt_expr(next()),
        })),
        "ClassDef" => StmtKind::ClassDef(Box::new(ClassDef {
            name: string(next()),
            bases: exprs(next()),
            keywords: keywords(next()),
            body: stmts(next()),
            decorator_list: exprs(next()),
        })),
        "Return" => StmtKind::Return {
            value: opt_expr(next()),
        },
        "Delete" => StmtKind::Delete {
            targets: exprs(next()),
        },
        "Assign" => StmtKind::Assign {
            targets: exprs(next()),
            value: bexpr(next()),
        },
        "AugAssign" => StmtKind::AugAssign {
            target: bexpr(next()),
            op: operator(next()),
            value: bexpr(next()),
        },
        "AnnAssign" => StmtKind::AnnAssign {
            target: bexpr(next()),
            annotation: bexpr(next()),
            value: opt_expr(next()),
            simple: int(next()) != 0,
        },
        "For" | "AsyncFor" => StmtKind::For {
            is_async: name == "AsyncFor",
            target: bexpr(next()),
            iter: bexpr(next()),
            body: stmts(next()),
            orelse: stmts(next()),
        },
        "While" => StmtKind::While {
            test: bexpr(next()),
            body: stmts(next()),
            orelse: stmts(next()),
        },
        "If" => StmtKind::If {
            test: bexpr(next()),
            body: stmts(next()),
            orelse: stmts(next()),
        },
        "With" | "AsyncWith" => StmtKind::With {
            is_async: name == "AsyncWith",
            items: list(next())
                .into_iter()
                .map(|w| {
                    let (_, f) = node(w);
                    let mut f = f.into_iter();
                    let mut next = || f.next().expect("field");
                    WithItem {
                        context_expr: expr(next()),
                        optional_vars: opt_expr(next()),
                    }
                })
                .collect(),
            body: stmts(next()),
        },
        "Raise" => StmtKind::Raise {
            exc: opt_expr(next()),
            cause: opt_expr(next()),
        },
        "Try" | "TryStar" => StmtKind::Try {
            is_star: name == "TryStar",
            body: stmts(next()),
            handlers: list(next())
                .into_iter()
                .map(|h| {
                    let (_, f) = node(h);
                    let mut f = f.into_iter();
                    let mut next = || f.next().expect("field");
                    ExceptHandler {
                        span: sp(),
                        type_: opt_expr(next()),
                        name: opt_string(next()),
                        body: stmts(next()),
                    }
                })
                .collect(),
            orelse: stmts(next()),
            finalbody: stmts(next()),
        },
        "Assert" => StmtKind::Assert {
            test: bexpr(next()),
            msg: opt_expr(next()),
        },
        "Import" => StmtKind::Import {
            names: list(next()).into_iter().map(alias).collect(),
        },
        "ImportFrom" => StmtKind::ImportFrom {
            module: opt_string(next()),
            names: list(next()).into_iter().map(alias).collect(),
            level: int(next()) as u32,
        },
        "Global" => StmtKind::Global {
            names: list(next()).into_iter().map(string).collect(),
        },
        "Nonlocal" => StmtKind::Nonlocal {
            names: list(next()).into_iter().map(string).collect(),
        },
        "Expr" => StmtKind::Expr {
            value: bexpr(next()),
        },
        "Pass" => StmtKind::Pass,
        "Break" => StmtKind::Break,
        "Continue" => StmtKind::Continue,
        other => panic!("statement {other}"),
    };
    Stmt::new(sp(), kind)
}

fn expr(v: V) -> Expr {
    let (name, f) = node(v);
    let mut f = f.into_iter();
    let mut next = || f.next().expect("field");
    let kind = match name.as_str() {
        "BoolOp" => ExprKind::BoolOp {
            op: match node(next()).0.as_str() {
                "And" => BoolOp::And,
                _ => BoolOp::Or,
            },
            values: exprs(next()),
        },
        "NamedExpr" => ExprKind::NamedExpr {
            target: bexpr(next()),
            value: bexpr(next()),
        },
        "BinOp" => ExprKind::BinOp {
            left: bexpr(next()),
            op: operator(next()),
            right: bexpr(next()),
        },
        "UnaryOp" => ExprKind::UnaryOp {
            op: match node(next()).0.as_str() {
                "Invert" => UnaryOp::Invert,
                "Not" => UnaryOp::Not,
                "UAdd" => UnaryOp::UAdd,
                _ => UnaryOp::USub,
            },
            operand: bexpr(next()),
        },
        "Lambda" => ExprKind::Lambda {
            args: Box::new(arguments(next())),
            body: bexpr(next()),
        },
        "IfExp" => ExprKind::IfExp {
            test: bexpr(next()),
            body: bexpr(next()),
            orelse: bexpr(next()),
        },
        "Dict" => ExprKind::Dict {
            keys: opt_exprs(next()),
            values: exprs(next()),
        },
        "Set" => ExprKind::Set {
            elts: exprs(next()),
        },
        "ListComp" => ExprKind::ListComp {
            elt: bexpr(next()),
            generators: comprehensions(next()),
        },
        "SetComp" => ExprKind::SetComp {
            elt: bexpr(next()),
            generators: comprehensions(next()),
        },
        "GeneratorExp" => ExprKind::GeneratorExp {
            elt: bexpr(next()),
            generators: comprehensions(next()),
        },
        "DictComp" => ExprKind::DictComp {
            key: bexpr(next()),
            value: bexpr(next()),
            generators: comprehensions(next()),
        },
        "Await" => ExprKind::Await {
            value: bexpr(next()),
        },
        "Yield" => ExprKind::Yield {
            value: opt_expr(next()),
        },
        "YieldFrom" => ExprKind::YieldFrom {
            value: bexpr(next()),
        },
        "Compare" => ExprKind::Compare {
            left: bexpr(next()),
            ops: list(next()).into_iter().map(cmpop).collect(),
            comparators: exprs(next()),
        },
        "Call" => ExprKind::Call {
            func: bexpr(next()),
            args: exprs(next()),
            keywords: keywords(next()),
        },
        "FormattedValue" => ExprKind::FormattedValue {
            value: bexpr(next()),
            conversion: match int(next()) {
                -1 => Conversion::None,
                115 => Conversion::Str,
                114 => Conversion::Repr,
                _ => Conversion::Ascii,
            },
            format_spec: opt_expr(next()),
        },
        "JoinedStr" => ExprKind::JoinedStr {
            values: exprs(next()),
        },
        "Constant" => ExprKind::Constant {
            value: match next() {
                V::None => Constant::None,
                V::Bool(b) => Constant::Bool(b),
                V::Ellipsis => Constant::Ellipsis,
                V::Str(s) => Constant::Str(s),
                V::Bytes(b) => Constant::Bytes(b),
                V::Int(i) => Constant::Int(i),
                V::Float(x) => Constant::Float(x),
                V::Complex(real, imag) => Constant::Complex { real, imag },
                other => panic!("constant {other:?}"),
            },
            kind: opt_string(next()),
        },
        "Attribute" => ExprKind::Attribute {
            value: bexpr(next()),
            attr: string(next()),
            ctx: ctx(next()),
        },
        "Subscript" => ExprKind::Subscript {
            value: bexpr(next()),
            slice: bexpr(next()),
            ctx: ctx(next()),
        },
        "Starred" => ExprKind::Starred {
            value: bexpr(next()),
            ctx: ctx(next()),
        },
        "Name" => ExprKind::Name {
            id: string(next()),
            ctx: ctx(next()),
        },
        "List" => ExprKind::List {
            elts: exprs(next()),
            ctx: ctx(next()),
        },
        "Tuple" => ExprKind::Tuple {
            elts: exprs(next()),
            ctx: ctx(next()),
        },
        "Slice" => ExprKind::Slice {
            lower: opt_expr(next()),
            upper: opt_expr(next()),
            step: opt_expr(next()),
        },
        other => panic!("expression {other}"),
    };
    Expr::new(sp(), kind)
}

fn module(v: V) -> Mod {
    let (name, f) = node(v);
    assert_eq!(name, "Module");
    let mut f = f.into_iter();
    Mod::Module {
        body: stmts(f.next().expect("body")),
    }
}

#[test]
fn dump_of_cpython_trees_matches_ast_dump() {
    if !common::python311("dump_cpython_trees") {
        return;
    }
    // Deeply nested stdlib trees need more than the default test stack.
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(compare_all)
        .expect("thread starts")
        .join()
        .expect("comparison finished");
}

fn compare_all() {
    let every = std::env::var("SKEIN_DUMP_EVERY").unwrap_or_else(|_| "4".into());
    let mut python = Command::new("python3")
        .arg(common::repo_root().join("tests/tools/cpython_trees.py"))
        .args(["--every", &every, "stdlib"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 starts");
    let mut input = BufReader::new(python.stdout.take().expect("stdout"));
    let (mut files, mut failures) = (0, Vec::new());
    let mut header = String::new();
    loop {
        header.clear();
        if input.read_line(&mut header).expect("header") == 0 {
            break;
        }
        let mut parts = header.trim_end_matches('\n').splitn(4, ' ');
        assert_eq!(parts.next(), Some("TREE"));
        let tree_len: usize = parts.next().and_then(|n| n.parse().ok()).expect("length");
        let dump_len: usize = parts.next().and_then(|n| n.parse().ok()).expect("length");
        let path = parts.next().unwrap_or("").to_string();
        let mut tree = vec![0; tree_len];
        input.read_exact(&mut tree).expect("tree");
        let mut expected = vec![0; dump_len];
        input.read_exact(&mut expected).expect("dump");
        let expected = String::from_utf8_lossy(&expected);
        let value = Reader { data: &tree, at: 0 }.value();
        let actual = skein_grammar::dump::dump(&module(value));
        files += 1;
        if actual != expected {
            failures.push(format!(
                "{path}: differs at {}\n    {}",
                common::first_difference(&expected, &actual),
                common::difference_context(&expected, &actual)
            ));
        }
    }
    assert!(python.wait().expect("python3 ends").success());
    println!(
        "dump_cpython_trees: {} of {files} files dump as CPython does",
        files - failures.len()
    );
    assert!(files > 100, "too few files: {files}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
