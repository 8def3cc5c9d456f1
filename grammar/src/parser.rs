//! The parser's entry points: tokens through the lalrpop grammar to a tree, with CPython's error messages.

use crate::ast::{Expr, Mod, Stmt, StmtKind};
use crate::ast_build::PResult;
use crate::error::SyntaxError;
use crate::lexer::{self, Spanned};
use crate::parse_errors;
use crate::span::{LineIndex, Span};
use crate::token::{StrToken, Tok};

lalrpop_util::lalrpop_mod!(
    #[allow(
        clippy::all,
        clippy::pedantic,
        unused_parens,
        unused_imports,
        dead_code
    )]
    python
);

/// What the grammar reads: the lexer's tokens, plus one start marker in front that
/// selects the mode, so that all modes share one parse table.
#[derive(Debug, Clone, PartialEq)]
pub enum PTok {
    StartModule,
    StartInteractive,
    StartExpression,
    StartFString,
    T(Tok),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Module,
    Interactive,
    Expression,
}

/// Parses a whole file (`exec` mode).
pub fn parse_module(source: &str) -> Result<Mod, SyntaxError> {
    parse_source(source, Mode::Module)
}

/// Parses the argument of `eval` (`eval` mode): one expression or a bare tuple.
pub fn parse_expression(source: &str) -> Result<Mod, SyntaxError> {
    parse_source(source, Mode::Expression)
}

/// Parses what the REPL read (`single` mode).
pub fn parse_interactive(source: &str) -> Result<Mod, SyntaxError> {
    parse_source(source, Mode::Interactive)
}

fn parse_source(source: &str, mode: Mode) -> Result<Mod, SyntaxError> {
    let start = match mode {
        Mode::Module => PTok::StartModule,
        Mode::Interactive => PTok::StartInteractive,
        Mode::Expression => PTok::StartExpression,
    };
    let mut feed = Feed::new(start, lexer::tokenize(source));
    let result = python::TopParser::new().parse(&mut feed);
    match result {
        Ok(Mod::Interactive { body }) => single_statement(body, source),
        Ok(m) => Ok(m),
        Err(err) => Err(parse_errors::explain(err, source, feed.pulled)),
    }
}

/// `single` mode takes one statement, or several simple ones on one line (`a; b`).
fn single_statement(body: Vec<Stmt>, source: &str) -> Result<Mod, SyntaxError> {
    let index = LineIndex::new(source);
    let line = |s: &Stmt| index.line_col(s.span.start).0;
    if let Some(first) = body.first() {
        let simple = !matches!(
            first.kind,
            StmtKind::FunctionDef(_)
                | StmtKind::ClassDef(_)
                | StmtKind::For { .. }
                | StmtKind::While { .. }
                | StmtKind::If { .. }
                | StmtKind::With { .. }
                | StmtKind::Try { .. }
        );
        if let Some(other) = body.iter().find(|s| line(s) != line(first)) {
            return Err(if simple {
                let end = first.span.end as usize;
                SyntaxError::new(
                    "multiple statements found while compiling a single statement",
                    Span::new(end, end),
                )
            } else {
                let start = other.span.start as usize;
                SyntaxError::new("invalid syntax", Span::new(start, start + 1))
            });
        }
    }
    Ok(Mod::Interactive { body })
}

/// Parses the expression of one f-string field (`text` is the field's source between
/// `{` and its `!`/`:`/`=`/`}`; `base` its byte offset in the whole source, so the
/// returned spans point into the whole source). CPython 3.11 parses the field as if it
/// were written inside parentheses, so the tokens are wrapped in two virtual ones: a
/// bare tuple, `yield` and a generator expression are all allowed.
pub fn parse_fstring_expr(text: &str, base: u32) -> Result<Expr, SyntaxError> {
    let base_us = base as usize;
    let end = base_us + text.len();
    if text
        .trim_matches([' ', '\t', '\n', '\r', '\x0c'])
        .is_empty()
    {
        return Err(SyntaxError::new(
            "f-string: empty expression not allowed",
            Span::new(base_us, end),
        ));
    }
    let mut tokens: Vec<Spanned> = Vec::new();
    tokens.push(Ok((base_us.saturating_sub(1), Tok::Lpar, base_us)));
    for t in lexer::tokenize_fragment(text, base) {
        match t {
            Ok((_, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::EndOfFile, _)) => {}
            other => tokens.push(other),
        }
    }
    tokens.push(Ok((end, Tok::Rpar, end + 1)));
    tokens.push(Ok((end + 1, Tok::EndOfFile, end + 1)));
    let mut feed = Feed::new(PTok::StartFString, tokens.into_iter());
    match python::TopParser::new().parse(&mut feed) {
        Ok(Mod::Expression { body }) => Ok(*body),
        Ok(_) => Err(SyntaxError::new(
            "f-string: invalid syntax",
            Span::new(base_us, end),
        )),
        Err(err) => {
            let mut e = parse_errors::explain_fragment(err);
            if !e.message.starts_with("f-string") {
                e.message = format!("f-string: {}", e.message);
            }
            Err(e)
        }
    }
}

/// Joins a run of adjacent string literals into one node (`strings.rs` decodes them and
/// parses f-string fields back through `parse_fstring_expr`).
pub(crate) fn strings(parts: Vec<(Span, StrToken)>) -> PResult<Expr> {
    crate::strings::concat_strings(parts).map_err(|error| lalrpop_util::ParseError::User { error })
}

/// The token stream handed to lalrpop: the start marker, then the lexer's tokens, then
/// an end-of-file token if the lexer did not end with one. Counts what the parser
/// pulled, so that an error can be matched to its token.
pub(crate) struct Feed<I> {
    start: Option<PTok>,
    inner: I,
    saw_eof: bool,
    done: bool,
    last_end: usize,
    pub(crate) pulled: usize,
    depth: DepthGuard,
}

impl<I: Iterator<Item = Spanned>> Feed<I> {
    fn new(start: PTok, inner: I) -> Feed<I> {
        Feed {
            start: Some(start),
            inner,
            saw_eof: false,
            done: false,
            last_end: 0,
            pulled: 0,
            depth: DepthGuard::default(),
        }
    }
}

impl<I: Iterator<Item = Spanned>> Iterator for Feed<I> {
    type Item = Result<(usize, PTok, usize), SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(s) = self.start.take() {
            return Some(Ok((0, s, 0)));
        }
        if self.done {
            return None;
        }
        let item = match self.inner.next() {
            Some(Ok((l, t, r))) => {
                if t == Tok::EndOfFile {
                    self.saw_eof = true;
                }
                self.last_end = r;
                if self.depth.exceeded(&t) {
                    self.done = true;
                    self.pulled += 1;
                    return Some(Err(SyntaxError::new(
                        "too many nested expressions: maximum recursion depth exceeded during compilation",
                        Span::new(l, r),
                    )));
                }
                Ok((l, PTok::T(t), r))
            }
            Some(Err(e)) => {
                self.done = true;
                Err(e)
            }
            None => {
                self.done = true;
                if self.saw_eof {
                    return None;
                }
                Ok((self.last_end, PTok::T(Tok::EndOfFile), self.last_end))
            }
        };
        self.pulled += 1;
        Some(item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dump::dump;

    /// Source and CPython 3.11's `ast.dump(ast.parse(source))`.
    const TREES: &[(&str, &str)] = &[
        ("a = b = c", "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"),
        ("a, *b = c", "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"),
        ("[a, (b, c)] = d", "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[])"),
        ("x: int = 1", "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1)], type_ignores=[])"),
        ("(x): int", "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"),
        ("x.y: int", "Module(body=[AnnAssign(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"),
        ("x += 1", "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])"),
        ("del a, b[0], c.d", "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())])], type_ignores=[])"),
        ("del (a, b)", "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del())])], type_ignores=[])"),
        ("import a.b.c as d, e", "Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')])], type_ignores=[])"),
        ("from ..pkg import (a as b, c,)", "Module(body=[ImportFrom(module='pkg', names=[alias(name='a', asname='b'), alias(name='c')], level=2)], type_ignores=[])"),
        ("from . import x", "Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])"),
        ("from ... import y", "Module(body=[ImportFrom(names=[alias(name='y')], level=3)], type_ignores=[])"),
        ("from m import *", "Module(body=[ImportFrom(module='m', names=[alias(name='*')], level=0)], type_ignores=[])"),
        ("if a:\n    pass\nelif b:\n    pass\nelse:\n    pass", "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[])"),
        ("while x:\n    break\nelse:\n    continue", "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])"),
        ("for x, y in z:\n    pass\nelse:\n    pass", "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"),
        ("try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass", "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"),
        ("try:\n    pass\nexcept* E:\n    pass", "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"),
        ("with a as b, c:\n    pass", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])"),
        ("with (a as b, c):\n    pass", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])"),
        ("with (a, b):\n    pass", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"),
        ("with (a, b) as c:\n    pass", "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"),
        ("with ((a, b)):\n    pass", "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], body=[Pass()])], type_ignores=[])"),
        ("@d\n@e.f(g)\nasync def f(a, /, b=1, *c, d, e=2, **f) -> int:\n    return", "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='f'), defaults=[Constant(value=1)]), body=[Return()], decorator_list=[Name(id='d', ctx=Load()), Call(func=Attribute(value=Name(id='e', ctx=Load()), attr='f', ctx=Load()), args=[Name(id='g', ctx=Load())], keywords=[])], returns=Name(id='int', ctx=Load()))], type_ignores=[])"),
        ("class A(B, metaclass=M):\n    pass", "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Pass()], decorator_list=[])], type_ignores=[])"),
        ("f = lambda a, b=1, *c, d, e=2, **f: 0", "Module(body=[Assign(targets=[Name(id='f', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='f'), defaults=[Constant(value=1)]), body=Constant(value=0)))], type_ignores=[])"),
        ("lambda: (yield)", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))], type_ignores=[])"),
        ("x = a if b else c", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[])"),
        ("x = a or b or c and d", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), BoolOp(op=And(), values=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load())])]))], type_ignores=[])"),
        ("x = not a < b <= c is not d not in e", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())])))], type_ignores=[])"),
        ("x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=BinOp(left=BinOp(left=Name(id='f', ctx=Load()), op=Add(), right=Name(id='g', ctx=Load())), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='h', ctx=Load()), op=Mult(), right=Name(id='i', ctx=Load())), op=Div(), right=Name(id='j', ctx=Load())), op=FloorDiv(), right=Name(id='k', ctx=Load())), op=Mod(), right=Name(id='l', ctx=Load())), op=MatMult(), right=Name(id='m', ctx=Load()))))))))], type_ignores=[])"),
        ("x = -a ** -b", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load())))))], type_ignores=[])"),
        ("x = await a ** 2", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Await(value=Name(id='a', ctx=Load())), op=Pow(), right=Constant(value=2)))], type_ignores=[])"),
        ("f(a, *b, c=1, **d)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])"),
        ("f(x for x in y)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"),
        ("a[1:2, ::3]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))], type_ignores=[])"),
        ("a[*b]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"),
        ("a[b:=1]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(target=Name(id='b', ctx=Store()), value=Constant(value=1)), ctx=Load()))], type_ignores=[])"),
        ("a[:]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[])"),
        ("x = [i async for i in y if i if j for k in l]", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='i', ctx=Load()), Name(id='j', ctx=Load())], is_async=1), comprehension(target=Name(id='k', ctx=Store()), iter=Name(id='l', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"),
        ("x = {k: v for k, v in z}", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"),
        ("x = {a for a in b}", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=SetComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"),
        ("x = (y := 1)", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=1)))], type_ignores=[])"),
        ("if (n := len(a)) > 10: pass", "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], orelse=[])], type_ignores=[])"),
        ("def f():\n    x = yield\n    y = yield from z\n    yield a, b", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield()), Assign(targets=[Name(id='y', ctx=Store())], value=YieldFrom(value=Name(id='z', ctx=Load()))), Expr(value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())))], decorator_list=[])], type_ignores=[])"),
        ("x = ...", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))], type_ignores=[])"),
        ("x = 1 + 2j + 1.5", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j)), op=Add(), right=Constant(value=1.5)))], type_ignores=[])"),
        ("x = True, False, None", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=True), Constant(value=False), Constant(value=None)], ctx=Load()))], type_ignores=[])"),
        ("match = case = _ = type = 1", "Module(body=[Assign(targets=[Name(id='match', ctx=Store()), Name(id='case', ctx=Store()), Name(id='_', ctx=Store()), Name(id='type', ctx=Store())], value=Constant(value=1))], type_ignores=[])"),
        ("global a, b\nnonlocal c", "Module(body=[Global(names=['a', 'b']), Nonlocal(names=['c'])], type_ignores=[])"),
        ("raise E from F", "Module(body=[Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='F', ctx=Load()))], type_ignores=[])"),
        ("raise", "Module(body=[Raise()], type_ignores=[])"),
        ("a; b; c;", "Module(body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load())), Expr(value=Name(id='c', ctx=Load()))], type_ignores=[])"),
        ("return *a, b", "Module(body=[Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])"),
        ("for x in *a, b: pass", "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"),
        ("x = *a, *b", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"),
        ("def f(*args: *Ts): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='args', annotation=Starred(value=Name(id='Ts', ctx=Load()), ctx=Load())), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"),
        ("f(a)(b)[c].d", "Module(body=[Expr(value=Attribute(value=Subscript(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), slice=Name(id='c', ctx=Load()), ctx=Load()), attr='d', ctx=Load()))], type_ignores=[])"),
        ("x = a.b.c", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()))], type_ignores=[])"),
    ];

    #[test]
    fn trees_match_cpython() {
        for (src, expected) in TREES {
            match parse_module(src) {
                Ok(m) => assert_eq!(dump(&m), *expected, "source: {src:?}"),
                Err(e) => panic!("{src:?} failed: {e} at {:?}", e.span),
            }
        }
    }

    /// Source, then CPython 3.11's class, message, and (line, offset, end offset).
    /// Line, 1-based offset and end offset, as CPython's `SyntaxError` reports them.
    type Place = (u32, u32, u32);

    const ERRORS: &[(&str, &str, &str, Place)] = &[
        (
            "1 = 2",
            "SyntaxError",
            "cannot assign to literal here. Maybe you meant '==' instead of '='?",
            (1, 1, 2),
        ),
        (
            "f() = 1",
            "SyntaxError",
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
            (1, 1, 4),
        ),
        (
            "(a, 1) = 2",
            "SyntaxError",
            "cannot assign to literal",
            (1, 5, 6),
        ),
        (
            "del f()",
            "SyntaxError",
            "cannot delete function call",
            (1, 5, 8),
        ),
        (
            "for 1 in x: pass",
            "SyntaxError",
            "cannot assign to literal",
            (1, 5, 6),
        ),
        (
            "a, b += 1",
            "SyntaxError",
            "'tuple' is an illegal expression for augmented assignment",
            (1, 1, 5),
        ),
        (
            "a, b: int",
            "SyntaxError",
            "only single target (not tuple) can be annotated",
            (1, 1, 2),
        ),
        (
            "if x = 1: pass",
            "SyntaxError",
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            (1, 4, 9),
        ),
        (
            "f(a.b=1)",
            "SyntaxError",
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            (1, 3, 7),
        ),
        (
            "f(a=1, b)",
            "SyntaxError",
            "positional argument follows keyword argument",
            (1, 9, 10),
        ),
        (
            "f(**a, b)",
            "SyntaxError",
            "positional argument follows keyword argument unpacking",
            (1, 9, 10),
        ),
        (
            "f(**a, *b)",
            "SyntaxError",
            "iterable argument unpacking follows keyword argument unpacking",
            (1, 8, 9),
        ),
        (
            "f(x for x in y, 1)",
            "SyntaxError",
            "Generator expression must be parenthesized",
            (1, 3, 15),
        ),
        (
            "def f(a=1, b): pass",
            "SyntaxError",
            "non-default argument follows default argument",
            (1, 12, 13),
        ),
        (
            "def f(*): pass",
            "SyntaxError",
            "named arguments must follow bare *",
            (1, 7, 8),
        ),
        (
            "from a import b,",
            "SyntaxError",
            "trailing comma not allowed without surrounding parentheses",
            (1, 17, 17),
        ),
        (
            "(*a)",
            "SyntaxError",
            "cannot use starred expression here",
            (1, 2, 4),
        ),
        (
            "[a b]",
            "SyntaxError",
            "invalid syntax. Perhaps you forgot a comma?",
            (1, 2, 5),
        ),
        ("if x\n    pass", "SyntaxError", "expected ':'", (1, 5, 5)),
        (
            "if x:\npass",
            "IndentationError",
            "expected an indented block after 'if' statement on line 1",
            (2, 1, 5),
        ),
        (
            "try:\n    pass\nx = 1",
            "SyntaxError",
            "expected 'except' or 'finally' block",
            (3, 1, 2),
        ),
        (
            "def f():\nreturn",
            "IndentationError",
            "expected an indented block after function definition on line 1",
            (2, 1, 7),
        ),
        (
            "@d\ndef f():\nx",
            "IndentationError",
            "expected an indented block after function definition on line 2",
            (3, 1, 2),
        ),
        ("a = 1 +", "SyntaxError", "invalid syntax", (1, 8, 8)),
        (
            "x = 5 if 3",
            "SyntaxError",
            "expected 'else' after 'if' expression",
            (1, 5, 11),
        ),
        (
            "print \"hello\"",
            "SyntaxError",
            "Missing parentheses in call to 'print'. Did you mean print(...)?",
            (1, 1, 14),
        ),
    ];

    #[test]
    fn errors_match_cpython() {
        for (src, class, message, (line, offset, end_offset)) in ERRORS {
            let e = match parse_module(src) {
                Ok(m) => panic!("{src:?} parsed: {}", dump(&m)),
                Err(e) => e,
            };
            let idx = crate::span::LineIndex::new(src);
            let (l, c) = idx.line_col(e.span.start);
            let (_, ec) = idx.line_col(e.span.end);
            assert_eq!(
                (e.kind.class_name(), e.message.as_str(), (l, c + 1, ec + 1)),
                (*class, *message, (*line, *offset, *end_offset)),
                "source: {src:?}"
            );
        }
    }

    #[test]
    fn expression_and_interactive_modes() {
        let m = parse_expression("a, b\n").map(|m| dump(&m));
        assert_eq!(
            m.as_deref(),
            Ok("Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))")
        );
        let m = parse_interactive("x = 1\n").map(|m| dump(&m));
        assert_eq!(
            m.as_deref(),
            Ok("Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])")
        );
    }

    #[test]
    fn interactive_takes_one_statement() {
        assert!(parse_interactive("x = 1; y = 2\n").is_ok());
        assert!(parse_interactive("if x:\n    pass\n\n").is_ok());
        let e = parse_interactive("x = 1\ny = 2\n").map(|m| dump(&m));
        assert_eq!(
            e.map_err(|e| e.message),
            Err("multiple statements found while compiling a single statement".to_string())
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        for src in [
            format!("x{}", "+x".repeat(100_000)),
            format!("{}x", "-".repeat(100_000)),
            format!("x{}", ".a".repeat(100_000)),
            format!("{}{}", "(".repeat(100_000), ")".repeat(100_000)),
            format!("{}x", "not ".repeat(100_000)),
            format!("{}x", "lambda:".repeat(100_000)),
        ] {
            assert!(parse_module(&src).is_err());
        }
        // Wide is fine: a long flat literal and a moderately deep sum.
        let wide = format!("x = [{}]", "-1, ".repeat(100_000));
        assert!(parse_module(&wide).is_ok());
        assert!(parse_module(&format!("x{}", "+x".repeat(2400))).is_ok());
    }

    #[test]
    fn fstring_fields_parse_as_if_parenthesized() {
        // `f"{a, b}"`: the field text `a, b` starts at byte 3.
        let e = parse_fstring_expr("a, b", 3).map(|e| crate::dump::dump_expr(&e));
        assert_eq!(
            e.as_deref(),
            Ok("Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())")
        );
        assert!(parse_fstring_expr("yield x", 3).is_ok());
        assert!(parse_fstring_expr("x for x in y", 3).is_ok());
        assert!(parse_fstring_expr(" ", 3).is_err());
        assert!(parse_fstring_expr("a b", 3).is_err());
    }

    #[test]
    fn spans_cover_first_to_last_token() {
        let Ok(Mod::Module { body }) = parse_module("if x:\n    y = (a, b)\nelse:\n    z\n") else {
            panic!("no parse");
        };
        let Some(s) = body.first() else {
            panic!("empty")
        };
        // `if` through the `z` of the else block.
        assert_eq!((s.span.start, s.span.end), (0, 32));
    }

    /// Any input gives a tree or an error: truncations and token-level mutations of a
    /// program that uses most of the grammar.
    #[test]
    fn never_panics_on_mangled_input() {
        let program = "@d(x)\nasync def f(a, /, b=1, *c, d: int = 2, **e) -> T:\n    \
            with (a as b, c):\n        x = [i async for i in y if i] or {k: v for k, v in z}\n    \
            try:\n        del a[1:2, ::3], b.c\n    except* E as e:\n        raise X from e\n    \
            return lambda q, *r: (yield q)\nclass C(B, metaclass=M):\n    x: int = 1\n";
        let pieces: Vec<&str> = program
            .split_inclusive([' ', '\n', '(', ')', ',', ':'])
            .collect();
        for end in 0..=program.len() {
            if program.is_char_boundary(end) {
                let _ = parse_module(&program[..end]);
            }
        }
        for i in 0..pieces.len() {
            let dropped: String = pieces
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, p)| *p)
                .collect();
            let _ = parse_module(&dropped);
            let doubled: String = pieces
                .iter()
                .enumerate()
                .flat_map(|(j, p)| if j == i { vec![*p, *p] } else { vec![*p] })
                .collect();
            let _ = parse_module(&doubled);
        }
    }
}

/// How deep a tree may nest. CPython 3.11 gives up compiling at about 3000 levels
/// (`RecursionError`); the limit keeps every recursive walk over the tree (dropping it
/// included) far from the end of a thread's stack.
const MAX_DEPTH: usize = 2500;

/// An upper bound on the nesting depth of the tree a statement will produce, kept as
/// its tokens stream past: within one bracket level, every operator-like token between
/// two separators may add a level, and a bracket adds one level over its deepest element.
#[derive(Default)]
struct DepthGuard {
    frames: Vec<DepthFrame>,
    top: DepthFrame,
}

/// One bracket level of `DepthGuard`.
#[derive(Default, Clone, Copy)]
struct DepthFrame {
    /// Operator-like tokens in the current element.
    ops: usize,
    /// The deepest bracket group in the current element.
    inner: usize,
    /// The deepest element so far.
    best: usize,
    /// `lambda`s whose `:` has not come yet: that `:` does not end the element.
    lambdas: usize,
}

impl DepthFrame {
    fn depth(&self) -> usize {
        self.best.max(self.ops + self.inner)
    }

    fn next_element(&mut self) {
        self.best = self.depth();
        self.ops = 0;
        self.inner = 0;
    }
}

impl DepthGuard {
    /// Takes the next token; true when the bound passes `MAX_DEPTH`.
    fn exceeded(&mut self, t: &Tok) -> bool {
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                self.frames.push(std::mem::take(&mut self.top));
                if self.frames.len() > MAX_DEPTH {
                    return true;
                }
            }
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                let inner = self.top.depth() + 1;
                self.top = self.frames.pop().unwrap_or_default();
                self.top.inner = self.top.inner.max(inner);
            }
            Tok::Lambda => {
                self.top.lambdas += 1;
                self.top.ops += 1;
            }
            Tok::Colon if self.top.lambdas > 0 => self.top.lambdas -= 1,
            Tok::Comma | Tok::Colon | Tok::Semi | Tok::Equal => self.top.next_element(),
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::EndOfFile => {
                self.frames.clear();
                self.top = DepthFrame::default();
            }
            Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => {}
            _ => self.top.ops += 1,
        }
        self.top.depth() > MAX_DEPTH
    }
}
