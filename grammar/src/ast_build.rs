//! Node building for the grammar's actions: target contexts, parameter lists, call arguments, and CPython's messages when they are misused.

use lalrpop_util::ParseError;

use crate::ast::{
    Arg, Arguments, Constant, ExceptHandler, Expr, ExprContext, ExprKind, Keyword, Stmt, StmtKind,
    WithItem,
};
use crate::error::SyntaxError;
use crate::parser::PTok;
use crate::span::Span;

/// What a grammar action returns when it can fail.
pub type PResult<T> = Result<T, ParseError<usize, PTok, SyntaxError>>;

/// A grammar action's error: a `SyntaxError` with CPython's message.
pub fn user_err(message: impl Into<String>, span: Span) -> ParseError<usize, PTok, SyntaxError> {
    ParseError::User {
        error: SyntaxError::new(message, span),
    }
}

fn lift(error: SyntaxError) -> ParseError<usize, PTok, SyntaxError> {
    ParseError::User { error }
}

pub fn sp(l: usize, r: usize) -> Span {
    Span::new(l, r)
}

pub fn expr(l: usize, r: usize, kind: ExprKind) -> Expr {
    Expr::new(Span::new(l, r), kind)
}

pub fn stmt(l: usize, r: usize, kind: StmtKind) -> Stmt {
    Stmt::new(Span::new(l, r), kind)
}

pub fn name(l: usize, id: String, r: usize) -> Expr {
    expr(
        l,
        r,
        ExprKind::Name {
            id,
            ctx: ExprContext::Load,
        },
    )
}

pub fn constant(l: usize, r: usize, value: Constant) -> Expr {
    expr(l, r, ExprKind::Constant { value, kind: None })
}

/// The statements of one block and where its last non-layout token ends: CPython ends
/// a compound statement there, trailing `;` included.
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub end: usize,
}

/// Where a statement with an optional `else` block ends, and that block's statements.
pub fn else_block(body: &Block, orelse: Option<Block>) -> (usize, Vec<Stmt>) {
    match orelse {
        Some(b) => (b.end, b.stmts),
        None => (body.end, Vec::new()),
    }
}

/// `a, b` with or without a trailing comma is a Tuple; one element without a comma is
/// that element itself.
pub fn tuple_or_single(mut elts: Vec<Expr>, comma: bool, l: usize, r: usize) -> Expr {
    if elts.len() == 1 && !comma {
        if let Some(e) = elts.pop() {
            return e;
        }
    }
    expr(
        l,
        r,
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        },
    )
}

/// `( elements )`: a group when there is one element and no comma (its span stays the
/// element's, as in CPython), otherwise a Tuple whose span includes the parentheses.
pub fn paren(elts: Vec<Expr>, comma: bool, l: usize, r: usize) -> PResult<Expr> {
    if elts.len() == 1 && !comma {
        if let Some(e) = elts.into_iter().next() {
            if matches!(e.kind, ExprKind::Starred { .. }) {
                return Err(user_err("cannot use starred expression here", e.span));
            }
            return Ok(e);
        }
        return Err(user_err("invalid syntax", sp(l, r)));
    }
    Ok(tuple_or_single(elts, true, l, r))
}

/// The left-to-right list of an n-ary boolean operation (`a or b or c` is one node).
pub fn bool_op(first: Expr, rest: Vec<Expr>, op: crate::ast::BoolOp, l: usize, r: usize) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    expr(l, r, ExprKind::BoolOp { op, values })
}

pub fn bin_op(left: Expr, op: crate::ast::Operator, right: Expr, l: usize, r: usize) -> Expr {
    expr(
        l,
        r,
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
    )
}

/// CPython's name for an expression in "cannot assign to ..." messages
/// (`_PyPegen_get_expr_name`).
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first part of a would-be target that cannot be one (`_PyPegen_get_invalid_target`).
fn invalid_target(e: &Expr, ctx: ExprContext) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, ctx))
        }
        ExprKind::Starred { value, .. } => {
            if ctx == ExprContext::Del {
                Some(e)
            } else {
                invalid_target(value, ctx)
            }
        }
        _ => Some(e),
    }
}

/// For a `for` target parsed as an expression (its `in` missing): the name and span of
/// the first part that cannot be assigned to. As in CPython, a comparison by `in` stands
/// for target `in` iterable, so only its left side is looked at.
pub(crate) fn first_invalid_for_target(e: &Expr) -> Option<(&'static str, Span)> {
    fn find(e: &Expr) -> Option<&Expr> {
        match &e.kind {
            ExprKind::Compare { left, ops, .. } if ops.first() == Some(&crate::ast::CmpOp::In) => {
                find(left)
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                elts.iter().find_map(find)
            }
            ExprKind::Starred { value, .. } => find(value),
            _ => invalid_target(e, ExprContext::Store),
        }
    }
    find(e).map(|bad| (expr_name(bad), bad.span))
}

fn target_error(bad: &Expr, ctx: ExprContext) -> SyntaxError {
    let verb = if ctx == ExprContext::Del {
        "delete"
    } else {
        "assign to"
    };
    SyntaxError::new(format!("cannot {verb} {}", expr_name(bad)), bad.span)
}

/// Turns a parsed expression into an assignment or deletion target with `ctx`, or says
/// which part cannot be one.
pub fn into_target(e: Expr, ctx: ExprContext) -> Result<Expr, SyntaxError> {
    if let Some(bad) = invalid_target(&e, ctx) {
        return Err(target_error(bad, ctx));
    }
    Ok(set_ctx(e, ctx))
}

/// Sets `ctx` on a valid target and everything it unpacks into, in place.
fn set_ctx(mut e: Expr, new: ExprContext) -> Expr {
    set_ctx_in(&mut e, new);
    e
}

fn set_ctx_in(e: &mut Expr, new: ExprContext) {
    match &mut e.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => *ctx = new,
        ExprKind::Starred { ctx, value } => {
            *ctx = new;
            set_ctx_in(value, new);
        }
        ExprKind::Tuple { ctx, elts } | ExprKind::List { ctx, elts } => {
            *ctx = new;
            for x in elts {
                set_ctx_in(x, new);
            }
        }
        _ => {}
    }
}

/// A target in the statement's grammar action: `into_target` with lalrpop's error type.
pub fn target(e: Expr, ctx: ExprContext) -> PResult<Expr> {
    into_target(e, ctx).map_err(lift)
}

/// `t1 = t2 = value`: every expression but the last is a target. The first target gets
/// CPython's "Maybe you meant '=='" hint when it is a plain expression and only one `=`
/// follows (the `invalid_named_expression` rule).
pub fn assign(first: Expr, mut rest: Vec<Expr>, l: usize, r: usize) -> PResult<Stmt> {
    let value = match rest.pop() {
        Some(v) => v,
        None => return Err(user_err("invalid syntax", sp(l, r))),
    };
    let mut targets = Vec::with_capacity(rest.len() + 1);
    let single = rest.is_empty();
    for (i, t) in std::iter::once(first).chain(rest).enumerate() {
        // An unparenthesized `yield` as a target (its span starts the statement, or it
        // follows another `=`) is CPython's `invalid_assignment` yield case.
        let bare = i > 0 || t.span.start as usize == l;
        if matches!(t.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }) && bare {
            return Err(user_err(
                "assignment to yield expression not possible",
                t.span,
            ));
        }
        if i == 0 && single && hint_assignment(&t, &value) {
            if let Some(bad) = invalid_target(&t, ExprContext::Store) {
                if bad.span == t.span {
                    return Err(user_err(
                        format!(
                            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                            expr_name(&t)
                        ),
                        t.span,
                    ));
                }
            }
        }
        targets.push(target(t, ExprContext::Store)?);
    }
    Ok(stmt(
        l,
        r,
        StmtKind::Assign {
            targets,
            value: Box::new(value),
        },
    ))
}

/// Whether CPython's `invalid_named_expression` would see `target = value` as a
/// mistyped comparison: both sides start as a `bitwise_or` and the target is not a
/// list, tuple, generator or True/False/None.
fn hint_assignment(t: &Expr, value: &Expr) -> bool {
    let plain = |e: &Expr| {
        !matches!(
            e.kind,
            ExprKind::Compare { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::IfExp { .. }
                | ExprKind::Lambda { .. }
                | ExprKind::Starred { .. }
                | ExprKind::UnaryOp {
                    op: crate::ast::UnaryOp::Not,
                    ..
                }
        )
    };
    let excluded = matches!(
        t.kind,
        ExprKind::List { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant {
                value: Constant::None | Constant::Bool(_),
                ..
            }
    );
    let value_start = match &value.kind {
        ExprKind::Tuple { elts, .. } => elts.first().is_none_or(plain),
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => false,
        _ => true,
    };
    plain(t) && !excluded && value_start
}

/// `target op= value`: only a name, attribute or subscript may be the target.
pub fn aug_assign(
    t: Expr,
    op: crate::ast::Operator,
    value: Expr,
    l: usize,
    r: usize,
) -> PResult<Stmt> {
    match t.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => {
            return Err(user_err(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(&t)
                ),
                t.span,
            ))
        }
    }
    Ok(stmt(
        l,
        r,
        StmtKind::AugAssign {
            target: Box::new(set_ctx(t, ExprContext::Store)),
            op,
            value: Box::new(value),
        },
    ))
}

/// `target: annotation [= value]`; `simple` is set for a bare name written without
/// parentheses (its span then starts where the statement starts).
pub fn ann_assign(
    t: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: usize,
    r: usize,
) -> PResult<Stmt> {
    let simple = matches!(t.kind, ExprKind::Name { .. }) && t.span.start as usize == l;
    match &t.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple { elts, .. } if t.span.start as usize == l => {
            // `a, b: int` — CPython points at the first element.
            let at = elts.first().map_or(t.span, |e| e.span);
            return Err(user_err(
                "only single target (not tuple) can be annotated",
                at,
            ));
        }
        ExprKind::Tuple { .. } => {
            return Err(user_err(
                "only single target (not tuple) can be annotated",
                t.span,
            ))
        }
        ExprKind::List { .. } => {
            return Err(user_err(
                "only single target (not list) can be annotated",
                t.span,
            ))
        }
        _ => return Err(user_err("illegal target for annotation", t.span)),
    }
    Ok(stmt(
        l,
        r,
        StmtKind::AnnAssign {
            target: Box::new(set_ctx(t, ExprContext::Store)),
            annotation: Box::new(annotation),
            value: value.map(Box::new),
            simple,
        },
    ))
}

/// One entry of a `def` or `lambda` parameter list, in source order; `arguments` sorts
/// them into CPython's `arguments` node and checks their order.
pub enum ParamItem {
    Plain {
        arg: Arg,
        default: Option<Expr>,
    },
    /// `*` alone (span of the star) or `*args`.
    Star {
        span: Span,
        arg: Option<Arg>,
    },
    /// `**kwargs`; `star` is the span of the `**`.
    DoubleStar {
        star: Span,
        arg: Arg,
    },
    Slash {
        span: Span,
    },
}

pub fn arg(l: usize, arg: String, annotation: Option<Expr>, r: usize) -> Arg {
    Arg {
        span: sp(l, r),
        arg,
        annotation: annotation.map(Box::new),
    }
}

/// Sorts a parameter list into `Arguments`, with CPython's messages for misplaced
/// parameters.
pub fn arguments(items: Vec<ParamItem>) -> PResult<Arguments> {
    let mut out = Arguments::default();
    // Positional parameters collected so far; they become `posonlyargs` at a `/`.
    let mut positional: Vec<Arg> = Vec::new();
    let mut seen_slash = false;
    let mut star: Option<Span> = None;
    let mut star_named = false;
    let mut kwarg_seen = false;
    let count = items.len();
    for (index, item) in items.into_iter().enumerate() {
        if kwarg_seen {
            let at = match &item {
                ParamItem::Plain { arg, .. } => arg.span,
                ParamItem::DoubleStar { star, .. } => *star,
                ParamItem::Star { span, .. } | ParamItem::Slash { span } => *span,
            };
            return Err(user_err("arguments cannot follow var-keyword argument", at));
        }
        match item {
            ParamItem::Plain { arg, default } => {
                if star.is_some() {
                    star_named = true;
                    out.kwonlyargs.push(arg);
                    out.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => out.defaults.push(d),
                        None if !out.defaults.is_empty() => {
                            return Err(user_err(
                                "non-default argument follows default argument",
                                arg.span,
                            ))
                        }
                        None => {}
                    }
                    positional.push(arg);
                }
            }
            ParamItem::Slash { span } => {
                if star.is_some() {
                    return Err(user_err("/ must be ahead of *", span));
                }
                if seen_slash {
                    return Err(user_err("/ may appear only once", span));
                }
                if positional.is_empty() {
                    // CPython's rule needs a comma after the `/`; `(/)` alone is plain
                    // "invalid syntax".
                    let message = if index + 1 < count {
                        "at least one argument must precede /"
                    } else {
                        "invalid syntax"
                    };
                    return Err(user_err(message, span));
                }
                seen_slash = true;
                out.posonlyargs = std::mem::take(&mut positional);
            }
            ParamItem::Star { span, arg } => {
                if star.is_some() {
                    return Err(user_err("* argument may appear only once", span));
                }
                star = Some(span);
                if arg.is_some() {
                    star_named = true;
                }
                out.vararg = arg;
            }
            ParamItem::DoubleStar { arg, .. } => {
                kwarg_seen = true;
                out.kwarg = Some(arg);
            }
        }
    }
    if let Some(span) = star {
        if !star_named {
            return Err(user_err("named arguments must follow bare *", span));
        }
    }
    out.args = positional;
    Ok(out)
}

/// One argument of a call or class header, in source order.
pub enum ArgItem {
    Positional(Expr),
    /// `*iterable`, already a `Starred`.
    Unpack(Expr),
    Keyword(Keyword),
    /// `**mapping`.
    KeywordUnpack(Keyword),
    /// A generator expression without its own parentheses: `f(x for x in y)`.
    Generator(Expr),
}

/// `name=value` in a call: `target` was parsed as an expression so that CPython's
/// message for `f(a.b=1)` can be given; only a bare name may stand there.
pub fn keyword_arg(
    target: Expr,
    eq_end: usize,
    value: Expr,
    l: usize,
    r: usize,
) -> PResult<ArgItem> {
    match target.kind {
        ExprKind::Name { id, .. } if target.span.start as usize == l => {
            Ok(ArgItem::Keyword(Keyword {
                span: sp(l, r),
                arg: Some(id),
                value,
            }))
        }
        ExprKind::Constant {
            value: Constant::None | Constant::Bool(_),
            ..
        } => Err(user_err(
            format!("cannot assign to {}", expr_name(&target)),
            sp(l, eq_end),
        )),
        // CPython's range starts at the expression: inside a group, after its `(`.
        _ => Err(user_err(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            sp(target.span.start as usize, eq_end),
        )),
    }
}

/// Splits call arguments into `args` and `keywords`, checking CPython's ordering rules.
/// `parens` is the span of the call's parentheses: a lone generator argument takes it,
/// and CPython reports a misplaced positional argument at the closing parenthesis (the
/// last token it read).
pub fn call_args(items: Vec<ArgItem>, parens: Span) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
    let close = Span {
        start: parens.end.saturating_sub(1),
        end: parens.end,
    };
    let mut args = Vec::new();
    let mut keywords = Vec::new();
    let alone = items.len() == 1;
    let mut seen_keyword = false;
    let mut seen_unpack = false;
    for item in items {
        match item {
            ArgItem::Positional(e) => {
                if seen_unpack {
                    return Err(user_err(
                        "positional argument follows keyword argument unpacking",
                        close,
                    ));
                }
                if seen_keyword {
                    return Err(user_err(
                        "positional argument follows keyword argument",
                        close,
                    ));
                }
                args.push(e);
            }
            ArgItem::Generator(mut e) => {
                if !alone {
                    return Err(user_err(
                        "Generator expression must be parenthesized",
                        e.span,
                    ));
                }
                e.span = parens;
                args.push(e);
            }
            ArgItem::Unpack(e) => {
                if seen_unpack {
                    // CPython points at the `*`.
                    let star = Span {
                        start: e.span.start,
                        end: e.span.start + 1,
                    };
                    return Err(user_err(
                        "iterable argument unpacking follows keyword argument unpacking",
                        star,
                    ));
                }
                args.push(e);
            }
            ArgItem::Keyword(k) => {
                seen_keyword = true;
                keywords.push(k);
            }
            ArgItem::KeywordUnpack(k) => {
                seen_unpack = true;
                keywords.push(k);
            }
        }
    }
    Ok((args, keywords))
}

/// One `with` item as parsed, before CPython's reading of a parenthesized head is known.
pub fn with_item(context_expr: Expr, vars: Option<Expr>) -> PResult<WithItem> {
    let optional_vars = match vars {
        Some(v) => Some(Box::new(target(v, ExprContext::Store)?)),
        None => None,
    };
    Ok(WithItem {
        context_expr,
        optional_vars,
    })
}

/// `with (a, b):` — CPython 3.11 reads a parenthesized head that is followed by `:` as a
/// list of items when every element can be one, so a single tuple item spanning the
/// whole head is split. `head` is the span between `with` and `:`.
pub fn split_with_head(mut items: Vec<WithItem>, head: Span) -> Vec<WithItem> {
    if items.len() != 1 {
        return items;
    }
    let split = match items.first() {
        Some(WithItem {
            context_expr:
                Expr {
                    span,
                    kind: ExprKind::Tuple { elts, .. },
                },
            optional_vars: None,
        }) => {
            *span == head
                && !elts.is_empty()
                && elts.iter().all(|e| {
                    !matches!(
                        e.kind,
                        ExprKind::Starred { .. } | ExprKind::NamedExpr { .. }
                    )
                })
        }
        _ => false,
    };
    if !split {
        return items;
    }
    match items.pop() {
        Some(WithItem {
            context_expr:
                Expr {
                    kind: ExprKind::Tuple { elts, .. },
                    ..
                },
            ..
        }) => elts
            .into_iter()
            .map(|context_expr| WithItem {
                context_expr,
                optional_vars: None,
            })
            .collect(),
        other => other.into_iter().collect(),
    }
}

/// `with (a, b as c, d):` — the elements before the first `as` were parsed as the
/// elements of a parenthesized tuple; each must be a plain expression.
pub fn with_paren_items(
    before: Vec<Expr>,
    mid: WithItem,
    after: Vec<WithItem>,
) -> PResult<Vec<WithItem>> {
    let mut items = Vec::with_capacity(before.len() + 1 + after.len());
    for e in before {
        if matches!(
            e.kind,
            ExprKind::Starred { .. } | ExprKind::NamedExpr { .. }
        ) {
            return Err(user_err("invalid syntax", e.span));
        }
        items.push(WithItem {
            context_expr: e,
            optional_vars: None,
        });
    }
    items.push(mid);
    items.extend(after);
    Ok(items)
}

/// The handlers of one `try`: all `except` or all `except*`.
pub fn try_stmt(
    body: Block,
    handlers: Vec<(bool, ExceptHandler)>,
    orelse: Option<Block>,
    finalbody: Option<Block>,
    l: usize,
) -> PResult<Stmt> {
    let is_star = handlers.first().is_some_and(|h| h.0);
    if let Some((star, h)) = handlers.iter().find(|h| h.0 != is_star) {
        // CPython underlines the keyword: `except` or `except*`.
        let len = if *star { 7 } else { 6 };
        let at = Span {
            start: h.span.start,
            end: h.span.start + len,
        };
        return Err(user_err(
            "cannot have both 'except' and 'except*' on the same 'try'",
            at,
        ));
    }
    let handlers: Vec<ExceptHandler> = handlers.into_iter().map(|h| h.1).collect();
    let end = finalbody
        .as_ref()
        .or(orelse.as_ref())
        .map(|b| b.end)
        .or_else(|| handlers.last().map(|h| h.span.end as usize))
        .unwrap_or(body.end);
    Ok(stmt(
        l,
        end,
        StmtKind::Try {
            is_star,
            body: body.stmts,
            handlers,
            orelse: orelse.map(|b| b.stmts).unwrap_or_default(),
            finalbody: finalbody.map(|b| b.stmts).unwrap_or_default(),
        },
    ))
}

/// Marks a `def`, `for` or `with` as written after `async`, starting its span there.
pub fn make_async(mut s: Stmt, l: usize) -> Stmt {
    s.span.start = l as u32;
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.is_async = true,
        StmtKind::For { is_async, .. } | StmtKind::With { is_async, .. } => *is_async = true,
        _ => {}
    }
    s
}

/// Attaches decorators to a `def` or `class`.
pub fn decorate(mut s: Stmt, decorators: Vec<Expr>) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorator_list = decorators,
        StmtKind::ClassDef(c) => c.decorator_list = decorators,
        _ => {}
    }
    s
}
