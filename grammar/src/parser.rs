//! The parser's entry points: tokens through the lalrpop grammar to a tree, with CPython's error messages.

use crate::ast::{Constant, Expr, ExprKind, Mod};
use crate::ast_build::PResult;
use crate::error::SyntaxError;
use crate::lexer::{self, Spanned};
use crate::parse_errors;
use crate::span::Span;
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
        Ok(m) => Ok(m),
        Err(err) => Err(parse_errors::explain(err, source, feed.pulled)),
    }
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

/// Joins a run of adjacent string literals into one node.
pub(crate) fn strings(parts: Vec<(Span, StrToken)>) -> PResult<Expr> {
    let span = match (parts.first(), parts.last()) {
        (Some(a), Some(z)) => a.0.cover(z.0),
        _ => Span::default(),
    };
    // Placeholder until the lexer's `strings::concat_strings` lands: a marker value
    // that the differential test script normalizes CPython's strings to.
    let bytes = parts.first().is_some_and(|p| p.1.prefix.bytes);
    let value = if bytes {
        Constant::Bytes(b"S".to_vec())
    } else {
        Constant::Str("S".to_string())
    };
    Ok(Expr::new(span, ExprKind::Constant { value, kind: None }))
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
