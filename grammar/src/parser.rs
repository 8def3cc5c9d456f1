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

/// For the REPL: whether `source` fails only because it stops too early (an open
/// bracket or triple-quoted string, a block header without its block, a decorator
/// without its definition), so that reading more lines could complete it.
pub fn is_incomplete_input(source: &str) -> bool {
    matches!(
        input_status(source),
        InputStatus::OpenBracket | InputStatus::Incomplete
    )
}

/// What the REPL should do with the lines read so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputStatus {
    /// A whole statement: a simple one runs at once; a compound one (`if`, `def`, ...)
    /// may still grow, so it runs after a blank line, as in CPython's REPL.
    Complete { compound: bool },
    /// Inside an open bracket or triple-quoted string: blank lines do not end it.
    OpenBracket,
    /// More lines could complete it: a block header without its block, a decorator
    /// without its definition. A blank line ends it (with the syntax error).
    Incomplete,
    /// A syntax error no further line can fix.
    Invalid,
}

pub fn input_status(source: &str) -> InputStatus {
    let e = match parse_interactive(source) {
        Ok(Mod::Interactive { body }) => {
            let compound = body.first().is_some_and(|s| {
                !matches!(
                    s.kind,
                    StmtKind::Return { .. }
                        | StmtKind::Delete { .. }
                        | StmtKind::Assign { .. }
                        | StmtKind::AugAssign { .. }
                        | StmtKind::AnnAssign { .. }
                        | StmtKind::Raise { .. }
                        | StmtKind::Assert { .. }
                        | StmtKind::Import { .. }
                        | StmtKind::ImportFrom { .. }
                        | StmtKind::Global { .. }
                        | StmtKind::Nonlocal { .. }
                        | StmtKind::Expr { .. }
                        | StmtKind::Pass
                        | StmtKind::Break
                        | StmtKind::Continue
                )
            });
            return InputStatus::Complete { compound };
        }
        Ok(_) => return InputStatus::Complete { compound: false },
        Err(e) => e,
    };
    if e.message.ends_with("was never closed")
        || e.message.starts_with("unterminated triple-quoted")
    {
        return InputStatus::OpenBracket;
    }
    if e.message.starts_with("expected an indented block") {
        return InputStatus::Incomplete;
    }
    // Any other error counts only when the parser ran out of input (an error at the
    // end-of-input token, past the last newline: `@decorator` waiting for its `def`).
    // An error at the last line's NEWLINE (`1 +`) is final, as in CPython's REPL.
    if e.message.starts_with("invalid syntax") && e.span.start as usize >= source.len() {
        InputStatus::Incomplete
    } else {
        InputStatus::Invalid
    }
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
    let mut feed = Feed::new(PTok::StartFString, fragment_tokens(text, base).into_iter());
    match python::TopParser::new().parse(&mut feed) {
        Ok(Mod::Expression { body }) => Ok(*body),
        Ok(_) => Err(SyntaxError::new(
            "f-string: invalid syntax",
            Span::new(base_us, end),
        )),
        Err(err) => {
            // Errors are rare: tokenize again to explain this one.
            let toks = fragment_tokens(text, base)
                .into_iter()
                .map_while(Result::ok)
                .collect();
            let mut e = parse_errors::explain_fragment(err, toks, feed.pulled);
            if !e.message.starts_with("f-string") {
                e.message = format!("f-string: {}", e.message);
            }
            Err(e)
        }
    }
}

/// An f-string field's tokens between two virtual parentheses, then end of file.
fn fragment_tokens(text: &str, base: u32) -> Vec<Spanned> {
    let start = base as usize;
    let end = start + text.len();
    let mut tokens: Vec<Spanned> = Vec::new();
    tokens.push(Ok((start.saturating_sub(1), Tok::Lpar, start)));
    for t in lexer::tokenize_fragment(text, base) {
        match t {
            Ok((_, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::EndOfFile, _)) => {}
            other => tokens.push(other),
        }
    }
    tokens.push(Ok((end, Tok::Rpar, end + 1)));
    tokens.push(Ok((end + 1, Tok::EndOfFile, end + 1)));
    tokens
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
    depth: crate::depth::DepthGuard,
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
            depth: crate::depth::DepthGuard::default(),
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
mod tests;
