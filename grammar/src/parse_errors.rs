//! Turning the LR parser's failures into CPython 3.11's syntax error messages and locations.
//!
//! lalrpop reports only the token it could not accept and the terminals it expected.
//! CPython's messages need a little more context (the statement a missing block
//! belongs to, whether we are inside brackets), so on error the source is tokenized
//! again and the tokens around the failure are inspected. Errors are rare, so the
//! second pass costs nothing on the fast path.

use lalrpop_util::ParseError;

use crate::error::SyntaxError;
use crate::lexer;
use crate::parser::PTok;
use crate::span::{LineIndex, Span};
use crate::token::Tok;

type Error = ParseError<usize, PTok, SyntaxError>;

/// The error for a failed parse of `source`; `pulled` is how many tokens the parser
/// took from the lexer, the last of them being the one it rejected.
pub(crate) fn explain(err: Error, source: &str, pulled: usize) -> SyntaxError {
    match err {
        ParseError::User { error } => error,
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => {
            let mut toks: Vec<(usize, Tok, usize)> = Vec::new();
            let mut lex_error = None;
            for t in lexer::tokenize(source) {
                match t {
                    Ok(t) => toks.push(t),
                    Err(e) => {
                        lex_error = Some(e);
                        break;
                    }
                }
            }
            let idx = match pulled.checked_sub(1) {
                Some(i) if toks.get(i).is_some_and(|t| t.0 == l && t.2 == r) => Some(i),
                _ => toks.iter().position(|t| t.0 == l && t.2 == r),
            };
            let tok = match tok {
                PTok::T(t) => t,
                _ => Tok::EndOfFile,
            };
            // CPython reports an unexpected INDENT or DEDENT at once, without looking
            // further into the file.
            let layout = matches!(tok, Tok::Indent | Tok::Dedent);
            let err = unrecognized(source, &toks, idx, &tok, l, r, &expected);
            if layout {
                return err;
            }
            // CPython tokenizes the rest of the file after a syntax error and reports a
            // tokenizer error found there instead; a bracket left open at the end of the
            // file only when the error is on a later line than the bracket.
            match lex_error {
                Some(lex) if lex.message.ends_with("was never closed") => {
                    let index = LineIndex::new(source);
                    if index.line_col(l as u32).0 > index.line_col(lex.span.start).0 {
                        lex
                    } else {
                        err
                    }
                }
                Some(lex) => lex,
                None => err,
            }
        }
        ParseError::UnrecognizedEof { location, .. } | ParseError::InvalidToken { location } => {
            SyntaxError::new("invalid syntax", Span::new(location, location))
        }
        ParseError::ExtraToken { token: (l, _, r) } => {
            SyntaxError::new("invalid syntax", Span::new(l, r))
        }
    }
}

/// The error inside an f-string field; `toks` are the field's tokens as the parser saw
/// them (between virtual parentheses).
pub(crate) fn explain_fragment(
    err: Error,
    toks: Vec<(usize, Tok, usize)>,
    pulled: usize,
) -> SyntaxError {
    match err {
        ParseError::User { error } => error,
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => {
            let idx = match pulled.checked_sub(1) {
                Some(i) if toks.get(i).is_some_and(|t| t.0 == l && t.2 == r) => Some(i),
                _ => toks.iter().position(|t| t.0 == l && t.2 == r),
            };
            let tok = match tok {
                PTok::T(t) => t,
                _ => Tok::EndOfFile,
            };
            unrecognized("", &toks, idx, &tok, l, r, &expected)
        }
        ParseError::ExtraToken { token: (l, _, r) } => {
            SyntaxError::new("invalid syntax", Span::new(l, r))
        }
        ParseError::UnrecognizedEof { location, .. } | ParseError::InvalidToken { location } => {
            SyntaxError::new("invalid syntax", Span::new(location, location))
        }
    }
}

fn expects(expected: &[String], terminal: &str) -> bool {
    expected.iter().any(|e| e == terminal)
}

fn unrecognized(
    source: &str,
    toks: &[(usize, Tok, usize)],
    idx: Option<usize>,
    tok: &Tok,
    l: usize,
    r: usize,
    expected: &[String],
) -> SyntaxError {
    let at = |i: Option<usize>| i.and_then(|i| toks.get(i));
    let prev = at(idx.and_then(|i| i.checked_sub(1)));
    let prev2 = at(idx.and_then(|i| i.checked_sub(2)));

    // unexpected indent
    if *tok == Tok::Indent {
        return SyntaxError::indentation("unexpected indent", Span::new(l, r));
    }

    // expected an indented block after 'if' statement on line N
    if expects(expected, "Indent")
        && matches!(prev, Some((_, Tok::Newline, _)))
        && matches!(prev2, Some((_, Tok::Colon, _)))
    {
        if let Some(i) = idx {
            if let Some(what) = block_owner(toks, i.saturating_sub(2)) {
                let (kw_start, desc) = what;
                let (line, _) = LineIndex::new(source).line_col(kw_start as u32);
                return SyntaxError::indentation(
                    format!("expected an indented block after {desc} on line {line}"),
                    Span::new(l, r),
                );
            }
        }
    }

    // cannot assign to expression: a `for` target that is no target, `in` missing
    if expects(expected, "\"in\"") && *tok != Tok::In {
        if let (Some(i), Some(p)) = (idx, prev) {
            if let Some(e) = invalid_for_target(source, toks, i, p.2) {
                return e;
            }
        }
    }

    // expected 'except' or 'finally' block
    if expects(expected, "\"except\"") && expects(expected, "\"finally\"") {
        return SyntaxError::new("expected 'except' or 'finally' block", Span::new(l, r));
    }

    // expression expected after dictionary key and ':'
    if let Some((pl, Tok::Colon, pr)) = prev {
        let in_dict = idx.is_some_and(|i| innermost_bracket(toks, i) == Some(Tok::Lbrace));
        if in_dict && matches!(tok, Tok::Comma | Tok::Rbrace) {
            return SyntaxError::new(
                "expression expected after dictionary key and ':'",
                Span::new(*pl, *pr),
            );
        }
    }

    // expected ':' after `else`, `try`, `finally`
    if let Some((_, Tok::Else | Tok::Try | Tok::Finally, _)) = prev {
        if !matches!(tok, Tok::Colon | Tok::Newline) && expects(expected, "\":\"") {
            return SyntaxError::new("expected ':'", Span::new(l, r));
        }
    }

    // ':' expected after dictionary key
    if matches!(tok, Tok::Comma | Tok::Rbrace)
        && expects(expected, "\":\"")
        && idx.is_some_and(|i| innermost_bracket(toks, i) == Some(Tok::Lbrace))
    {
        if let Some(p) = prev {
            return SyntaxError::new("':' expected after dictionary key", Span::new(p.0, p.2));
        }
    }

    // unexpected unindent: a block ends where the statement needs more
    if *tok == Tok::Dedent {
        return SyntaxError::indentation("unexpected unindent", Span::new(l, l));
    }

    // expected ':'
    if *tok == Tok::Newline && expects(expected, "\":\"") {
        let end = prev.map_or(l, |p| p.2);
        return SyntaxError::new("expected ':'", Span::new(end, end));
    }

    // expected '('
    if let (Some((_, Tok::Name(_), _)), Some((_, Tok::Def, _))) = (prev, prev2) {
        return SyntaxError::new("expected '('", Span::new(l, r));
    }

    // expected 'else' after 'if' expression
    if !matches!(tok, Tok::Else | Tok::Colon) && expects(expected, "\"else\"") {
        if let Some(start) = idx.and_then(|i| conditional_start(toks, i)) {
            let end = prev.map_or(l, |p| p.2);
            return SyntaxError::new(
                "expected 'else' after 'if' expression",
                Span::new(start, end),
            );
        }
    }

    // Missing parentheses in call to 'print'. Did you mean print(...)?
    if let (Some(i), Some((pl, Tok::Name(n), _))) = (idx, prev) {
        let first_on_line = i < 2
            || matches!(
                toks.get(i - 2).map(|t| &t.1),
                Some(Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi)
            );
        if (n == "print" || n == "exec") && first_on_line && starts_expr(tok) {
            let end = toks
                .get(i..)
                .and_then(|rest| rest.iter().take_while(|t| t.1 != Tok::Newline).last())
                .map_or(r, |t| t.2);
            return SyntaxError::new(
                format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
                Span::new(*pl, end),
            );
        }
    }

    // invalid syntax. Maybe you meant '==' or ':=' instead of '='?
    // cannot assign to attribute here. Maybe you meant '==' instead of '='?
    let before_name = at(idx.and_then(|i| i.checked_sub(2))).map(|t| &t.1);
    let unpacked = matches!(before_name, Some(Tok::Star | Tok::DoubleStar | Tok::Dot));
    let value_follows = at(idx.map(|i| i + 1)).is_some_and(|n| starts_expr(&n.1));
    if *tok == Tok::Equal && value_follows {
        if let (Some(i), Some(p)) = (idx, prev) {
            let in_params = in_parameter_list(toks, i) || in_lambda_parameters(toks, i);
            if matches!(p.1, Tok::Name(_)) && !unpacked && !in_params {
                let end = at(Some(i + 1)).map_or(r, |n| n.2);
                return SyntaxError::new(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    Span::new(p.0, end),
                );
            }
            if ends_expr(&p.1) && !in_parameter_list(toks, i) {
                let first = expression_start_index(toks, i - 1);
                let what = token_expr_name(toks, first, i - 1);
                // Only where CPython parses a named expression: a condition, or an
                // element inside brackets.
                let before = first.checked_sub(1).and_then(|k| toks.get(k)).map(|t| &t.1);
                let condition = matches!(
                    before,
                    Some(Tok::If | Tok::Elif | Tok::While | Tok::Lsqb | Tok::Lbrace)
                );
                if condition
                    && !matches!(what, "list" | "tuple" | "True" | "False" | "None" | "name")
                {
                    let start = toks.get(first).map_or(p.0, |t| t.0);
                    return SyntaxError::new(
                        format!(
                            "cannot assign to {what} here. Maybe you meant '==' instead of '='?"
                        ),
                        Span::new(start, p.2),
                    );
                }
            }
        }
    }

    // cannot use assignment expressions with True
    if let (Tok::ColonEqual, Some(i), Some(p)) = (tok, idx, prev) {
        let first = expression_start_index(toks, i - 1);
        let what = token_expr_name(toks, first, i - 1);
        if ends_expr(&p.1) && what != "name" {
            let start = toks.get(first).map_or(p.0, |t| t.0);
            return SyntaxError::new(
                format!("cannot use assignment expressions with {what}"),
                Span::new(start, p.2),
            );
        }
    }

    // Parameter lists: a default missing or misplaced, parentheses, `/*`.
    if let (Some(i), Some(p)) = (idx, prev) {
        let in_def = in_parameter_list(toks, i);
        let in_lambda = in_lambda_parameters(toks, i);
        if in_def || in_lambda {
            if p.1 == Tok::Equal && matches!(tok, Tok::Comma | Tok::Rpar | Tok::Colon) {
                return SyntaxError::new("expected default value expression", Span::new(p.0, p.2));
            }
            if p.1 == Tok::Slash && *tok == Tok::Star {
                return SyntaxError::new("expected comma between / and *", Span::new(l, r));
            }
            if *tok == Tok::Equal {
                match starred_parameter(toks, i) {
                    Some(Tok::Star) => {
                        return SyntaxError::new(
                            "var-positional argument cannot have default value",
                            Span::new(l, r),
                        )
                    }
                    Some(Tok::DoubleStar) => {
                        return SyntaxError::new(
                            "var-keyword argument cannot have default value",
                            Span::new(l, r),
                        )
                    }
                    _ => {}
                }
            }
            if *tok == Tok::Lpar && matches!(p.1, Tok::Comma | Tok::Lpar | Tok::Lambda) {
                let end = matching_close(toks, i)
                    .and_then(|c| toks.get(c))
                    .map_or(r, |t| t.2);
                let message = if in_def {
                    "Function parameters cannot be parenthesized"
                } else {
                    "Lambda expression parameters cannot be parenthesized"
                };
                return SyntaxError::new(message, Span::new(l, end));
            }
        }
    }

    // cannot use a starred expression in a dictionary value
    if let (Tok::Star, Some(i), Some((_, Tok::Colon, _))) = (tok, idx, prev) {
        if innermost_bracket(toks, i) == Some(Tok::Lbrace) {
            let end = element_end(toks, i).map_or(r, |t| t.2);
            return SyntaxError::new(
                "cannot use a starred expression in a dictionary value",
                Span::new(l, end),
            );
        }
    }

    // did you forget parentheses around the comprehension target?
    if let (Tok::For | Tok::Async, Some(i), Some(p)) = (tok, idx, prev) {
        if let Some(open) = innermost_open(toks, i) {
            let bracket = toks.get(open).map(|t| &t.1);
            let comma_at_top = toks.get(open + 1..i).is_some_and(top_level_comma);
            if matches!(bracket, Some(Tok::Lsqb | Tok::Lbrace)) && comma_at_top {
                let start = toks.get(open + 1).map_or(l, |t| t.0);
                return SyntaxError::new(
                    "did you forget parentheses around the comprehension target?",
                    Span::new(start, p.2),
                );
            }
        }
    }

    // expected one or more exception types
    if let (Tok::Colon, Some((_, Tok::Star, _)), Some((_, Tok::Except, _))) = (tok, prev, prev2) {
        return SyntaxError::new("expected one or more exception types", Span::new(l, r));
    }

    // invalid syntax. Perhaps you forgot a comma?
    if let (Some(i), Some(p)) = (idx, prev) {
        let name_then_string = matches!(p.1, Tok::Name(_)) && matches!(tok, Tok::Str(_));
        if bracket_depth(toks, i) > 0
            && ends_expr(&p.1)
            && starts_expr(tok)
            && !name_then_string
            && !in_parameter_list(toks, i)
        {
            let start = expression_start(toks, i - 1);
            return SyntaxError::new(
                "invalid syntax. Perhaps you forgot a comma?",
                Span::new(start, r),
            );
        }
    }

    let span = match tok {
        Tok::Newline | Tok::EndOfFile | Tok::Dedent => Span::new(l, l),
        _ => Span::new(l, r),
    };
    SyntaxError::new("invalid syntax", span)
}

/// The compound statement whose header ends at token `colon`: the start of its keyword
/// and CPython's description of it.
fn block_owner(toks: &[(usize, Tok, usize)], colon: usize) -> Option<(usize, &'static str)> {
    // The header's first token follows the previous NEWLINE, INDENT or DEDENT.
    let head = toks
        .get(..colon)?
        .iter()
        .rposition(|t| matches!(t.1, Tok::Newline | Tok::Indent | Tok::Dedent))
        .map_or(0, |i| i + 1);
    let (start, first, _) = toks.get(head)?;
    let next = toks.get(head + 1).map(|t| &t.1);
    let desc = match first {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::With => "'with' statement",
        Tok::Try => "'try' statement",
        Tok::Except if next == Some(&Tok::Star) => "'except*' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        Tok::Async => match next {
            Some(Tok::Def) => "function definition",
            Some(Tok::For) => "'for' statement",
            Some(Tok::With) => "'with' statement",
            _ => return None,
        },
        _ => return None,
    };
    Some((*start, desc))
}

/// Where the body of the conditional expression whose `if` precedes token `i` starts:
/// after the nearest token that cannot be inside an expression.
fn conditional_start(toks: &[(usize, Tok, usize)], i: usize) -> Option<usize> {
    let before = toks.get(..i)?;
    let if_at = before.iter().rposition(|t| t.1 == Tok::If)?;
    let head = before.get(..if_at)?;
    let start = head
        .iter()
        .rposition(|t| {
            matches!(
                t.1,
                Tok::Equal
                    | Tok::Lpar
                    | Tok::Lsqb
                    | Tok::Lbrace
                    | Tok::Comma
                    | Tok::Colon
                    | Tok::Newline
                    | Tok::Indent
                    | Tok::Dedent
                    | Tok::Semi
                    | Tok::Return
                    | Tok::Yield
                    | Tok::Lambda
                    | Tok::ColonEqual
            )
        })
        .map_or(0, |k| k + 1);
    if start >= if_at {
        return None;
    }
    head.get(start).map(|t| t.0)
}

/// CPython's `invalid_for_target`: when the statement at token `i` is a `for` whose
/// target is no target, "cannot assign to ..." at the offending part. The target's text
/// (from after `for` to `end`) is parsed again as an expression to find it.
fn invalid_for_target(
    source: &str,
    toks: &[(usize, Tok, usize)],
    i: usize,
    end: usize,
) -> Option<SyntaxError> {
    let head = toks
        .get(..i)?
        .iter()
        .rposition(|t| matches!(t.1, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi))
        .map_or(0, |k| k + 1);
    let for_at = match toks.get(head).map(|t| &t.1) {
        Some(Tok::For) => head,
        Some(Tok::Async) if toks.get(head + 1).map(|t| &t.1) == Some(&Tok::For) => head + 1,
        _ => return None,
    };
    let start = toks.get(for_at + 1)?.0;
    let text = source.get(start..end)?;
    let Ok(crate::ast::Mod::Expression { body }) = crate::parser::parse_expression(text) else {
        return None;
    };
    let (what, span) = crate::ast_build::first_invalid_for_target(&body)?;
    let shift = start as u32;
    Some(SyntaxError::new(
        format!("cannot assign to {what}"),
        Span {
            start: span.start + shift,
            end: span.end + shift,
        },
    ))
}

/// The index of the innermost bracket still open before token `i`.
fn innermost_open(toks: &[(usize, Tok, usize)], i: usize) -> Option<usize> {
    let mut open = Vec::new();
    for (k, (_, t, _)) in toks.iter().enumerate().take(i) {
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => open.push(k),
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                open.pop();
            }
            _ => {}
        }
    }
    open.pop()
}

/// Whether a comma separates `toks` at their own bracket level.
fn top_level_comma(toks: &[(usize, Tok, usize)]) -> bool {
    let mut depth = 0usize;
    for (_, t, _) in toks {
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
            Tok::Comma if depth == 0 => return true,
            _ => {}
        }
    }
    false
}

/// The innermost bracket still open before token `i`.
fn innermost_bracket(toks: &[(usize, Tok, usize)], i: usize) -> Option<Tok> {
    let mut open = Vec::new();
    for (_, t, _) in toks.iter().take(i) {
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => open.push(t.clone()),
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                open.pop();
            }
            _ => {}
        }
    }
    open.pop()
}

/// Whether token `i` is among a `lambda`'s parameters (between `lambda` and its `:`).
fn in_lambda_parameters(toks: &[(usize, Tok, usize)], i: usize) -> bool {
    let mut depth = 0usize;
    for k in (0..i).rev() {
        match toks.get(k).map(|t| &t.1) {
            Some(Tok::Rpar | Tok::Rsqb | Tok::Rbrace) => depth += 1,
            Some(Tok::Lpar | Tok::Lsqb | Tok::Lbrace) if depth > 0 => depth -= 1,
            Some(Tok::Lambda) if depth == 0 => return true,
            Some(
                Tok::Colon
                | Tok::Lpar
                | Tok::Lsqb
                | Tok::Lbrace
                | Tok::Newline
                | Tok::Indent
                | Tok::Dedent
                | Tok::Semi,
            )
            | None => return false,
            Some(_) => {}
        }
    }
    false
}

/// For a `=` at token `i` in a parameter list: `*` or `**` when the parameter it
/// follows is `*args` or `**kwargs`.
fn starred_parameter(toks: &[(usize, Tok, usize)], i: usize) -> Option<Tok> {
    let mut depth = 0usize;
    for k in (0..i).rev() {
        match toks.get(k).map(|t| &t.1)? {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace if depth > 0 => depth -= 1,
            t @ (Tok::Star | Tok::DoubleStar) if depth == 0 => return Some(t.clone()),
            Tok::Comma | Tok::Lpar | Tok::Lambda if depth == 0 => return None,
            _ => {}
        }
    }
    None
}

/// The index of the bracket that closes the group opened at token `open`.
fn matching_close(toks: &[(usize, Tok, usize)], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (j, t) in toks.iter().enumerate().skip(open) {
        match t.1 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(j);
                }
            }
            Tok::Newline => return None,
            _ => {}
        }
    }
    None
}

/// The last token of the element that starts at token `i` (before the next `,` or
/// closing bracket at its level).
fn element_end(toks: &[(usize, Tok, usize)], i: usize) -> Option<&(usize, Tok, usize)> {
    let mut depth = 0usize;
    let mut last = None;
    for t in toks.iter().skip(i) {
        match t.1 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace if depth == 0 => break,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth -= 1,
            Tok::Comma | Tok::Newline if depth == 0 => break,
            _ => {}
        }
        last = Some(t);
    }
    last
}

/// CPython's name (as in "cannot assign to ...") for the expression spanning tokens
/// `first..=last`, told from its tokens.
fn token_expr_name(toks: &[(usize, Tok, usize)], first: usize, last: usize) -> &'static str {
    let kind = |k: usize| toks.get(k).map(|t| &t.1);
    if first == last {
        return match kind(last) {
            Some(Tok::Name(_)) => "name",
            Some(Tok::True) => "True",
            Some(Tok::False) => "False",
            Some(Tok::None) => "None",
            Some(Tok::Ellipsis) => "ellipsis",
            _ => "literal",
        };
    }
    let applied = |open: usize| {
        open > first
            && open
                .checked_sub(1)
                .and_then(kind)
                .is_some_and(|t| matches!(t, Tok::Name(_) | Tok::Rpar | Tok::Rsqb | Tok::Str(_)))
    };
    match kind(last) {
        Some(Tok::Name(_)) if last > first && kind(last - 1) == Some(&Tok::Dot) => "attribute",
        Some(Tok::Rpar) => match matching_open(toks, last) {
            Some(open) if applied(open) => "function call",
            _ => "expression",
        },
        Some(Tok::Rsqb) => match matching_open(toks, last) {
            Some(open) if applied(open) => "subscript",
            _ => "list",
        },
        _ => "expression",
    }
}

/// Whether token `i` is inside the parentheses of a `def` header, where CPython's comma
/// hint (an expression rule) does not apply.
fn in_parameter_list(toks: &[(usize, Tok, usize)], i: usize) -> bool {
    let mut depth = 0usize;
    for k in (0..i).rev() {
        match toks.get(k).map(|t| &t.1) {
            Some(Tok::Rpar | Tok::Rsqb | Tok::Rbrace) => depth += 1,
            Some(Tok::Lpar | Tok::Lsqb | Tok::Lbrace) if depth > 0 => depth -= 1,
            Some(Tok::Lpar) => {
                let before = |n: usize| k.checked_sub(n).and_then(|j| toks.get(j)).map(|t| &t.1);
                return matches!(before(1), Some(Tok::Name(_)))
                    && matches!(before(2), Some(Tok::Def));
            }
            Some(Tok::Lsqb | Tok::Lbrace) | None => return false,
            Some(_) => {}
        }
    }
    false
}

/// The index of the bracket that opens the group closed at token `close`.
fn matching_open(toks: &[(usize, Tok, usize)], close: usize) -> Option<usize> {
    let mut depth = 0usize;
    for j in (0..=close).rev() {
        match toks.get(j).map(|t| &t.1) {
            Some(Tok::Rpar | Tok::Rsqb | Tok::Rbrace) => depth += 1,
            Some(Tok::Lpar | Tok::Lsqb | Tok::Lbrace) => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

/// The index of the token where the expression ending with token `last` starts.
fn expression_start_index(toks: &[(usize, Tok, usize)], last: usize) -> usize {
    let start = expression_start(toks, last);
    toks.iter()
        .position(|t| t.0 == start)
        .map_or(last, |k| k.min(last))
}

/// Where the expression that ends with token `last` starts (CPython's `disjunction`
/// before the missing comma), as far as a backwards walk over primaries, adjacent
/// strings, binary and unary operators can tell.
fn expression_start(toks: &[(usize, Tok, usize)], last: usize) -> usize {
    let kind = |k: usize| toks.get(k).map(|t| &t.1);
    let mut k = last;
    loop {
        // One operand: a bracket group with what it applies to, a name or a literal.
        if let Some(Tok::Rpar | Tok::Rsqb | Tok::Rbrace) = kind(k) {
            let Some(open) = matching_open(toks, k) else {
                break;
            };
            k = open;
            let applied = open.checked_sub(1).is_some_and(|p| {
                matches!(
                    kind(p),
                    Some(Tok::Name(_) | Tok::Rpar | Tok::Rsqb | Tok::Str(_))
                )
            });
            if applied {
                k = open - 1;
                continue;
            }
            if kind(open) == Some(&Tok::Lpar) && open + 1 < last {
                // A group keeps the span of what it holds.
                if open
                    .checked_sub(1)
                    .is_none_or(|p| !is_binary_operator(kind(p).unwrap_or(&Tok::Comma)))
                {
                    return toks.get(open + 1).map_or(0, |t| t.0);
                }
            }
        }
        let Some(prev) = k.checked_sub(1) else {
            break;
        };
        // `-` and `+` are binary when an operand ends before them.
        let binary_sign = prev.checked_sub(1).and_then(kind).is_some_and(ends_expr);
        match (kind(prev), kind(k)) {
            (Some(Tok::Dot), _) => k = prev.saturating_sub(1),
            (Some(Tok::Str(_)), Some(Tok::Str(_))) => k = prev,
            (Some(Tok::Minus | Tok::Plus), _) if binary_sign => k = prev - 1,
            (Some(Tok::Minus | Tok::Plus | Tok::Tilde | Tok::Not | Tok::Await), _) => k = prev,
            (Some(t), _) if is_binary_operator(t) => k = prev.saturating_sub(1),
            _ => break,
        }
    }
    toks.get(k).map_or(0, |t| t.0)
}

fn is_binary_operator(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::DoubleStar
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::Percent
            | Tok::At
            | Tok::LeftShift
            | Tok::RightShift
            | Tok::Amper
            | Tok::VBar
            | Tok::Circumflex
            | Tok::Less
            | Tok::Greater
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::EqEqual
            | Tok::NotEqual
            | Tok::And
            | Tok::Or
    )
}

/// How many brackets are open before token `i`.
fn bracket_depth(toks: &[(usize, Tok, usize)], i: usize) -> i64 {
    let mut depth = 0i64;
    for (_, t, _) in toks.iter().take(i) {
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth -= 1,
            Tok::Newline => depth = 0,
            _ => {}
        }
    }
    depth
}

fn ends_expr(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::Rpar
            | Tok::Rsqb
            | Tok::Rbrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
    )
}

fn starts_expr(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::Lpar
            | Tok::Lsqb
            | Tok::Lbrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
            | Tok::Lambda
            | Tok::Await
            | Tok::Tilde
    )
}
