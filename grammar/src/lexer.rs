//! The tokenizer: source text to Python tokens with NEWLINE/INDENT/DEDENT layout, as lalrpop triples.
//!
//! logos finds the raw tokens; numbers and string literals are scanned by hand from the
//! point logos recognises them (their error messages and positions follow CPython's
//! tokenizer, which a regular expression cannot express). The layout rules (indentation,
//! blank lines, bracket nesting) live in `Tokenizer::next` and `Tokenizer::indentation`.

use std::collections::VecDeque;

use logos::Logos;
use unicode_normalization::UnicodeNormalization;

use crate::error::SyntaxError;
use crate::number::{scan_number, Number};
use crate::span::Span;
use crate::token::{StrPrefix, StrToken, Tok};

/// What the grammar consumes: `(start, token, end)` with byte offsets into the whole source.
pub type Spanned = Result<(usize, Tok, usize), SyntaxError>;

/// CPython's limits: deeper nesting is an error there, so it is here too.
const MAX_INDENT: usize = 100;
const MAX_PAREN_LEVEL: usize = 200;
const TAB_SIZE: u32 = 8;

#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
#[logos(skip r"[ \t\x0C]+")]
// Comments end at the newline, which the class excludes, so greedy is right here.
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
enum Raw {
    #[regex(r"\r\n|\r|\n")]
    Newline,
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    #[token("\\")]
    Backslash,
    #[regex("[A-Za-z_][A-Za-z0-9_]*")]
    Name,
    #[regex(r"[^\x00-\x7F]")]
    NonAscii,
    #[regex("[0-9]")]
    #[regex(r"\.[0-9]")]
    Number,
    #[regex(r#"([rRuUfFbB]|[rR][fFbB]|[fFbB][rR])?["']"#)]
    Str,

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("&")]
    Amper,
    #[token("|")]
    VBar,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token(":=")]
    ColonEqual,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("(")]
    Lpar,
    #[token(")")]
    Rpar,
    #[token("[")]
    Lsqb,
    #[token("]")]
    Rsqb,
    #[token("{")]
    Lbrace,
    #[token("}")]
    Rbrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token(";")]
    Semi,
    #[token("=")]
    Equal,
    #[token("->")]
    Rarrow,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("...")]
    Ellipsis,
    #[token("!")]
    Exclamation,
}

/// The token for a keyword or operator: everything whose text alone decides it.
fn fixed_token(raw: Raw) -> Option<Tok> {
    Some(match raw {
        Raw::False => Tok::False,
        Raw::None => Tok::None,
        Raw::True => Tok::True,
        Raw::And => Tok::And,
        Raw::As => Tok::As,
        Raw::Assert => Tok::Assert,
        Raw::Async => Tok::Async,
        Raw::Await => Tok::Await,
        Raw::Break => Tok::Break,
        Raw::Class => Tok::Class,
        Raw::Continue => Tok::Continue,
        Raw::Def => Tok::Def,
        Raw::Del => Tok::Del,
        Raw::Elif => Tok::Elif,
        Raw::Else => Tok::Else,
        Raw::Except => Tok::Except,
        Raw::Finally => Tok::Finally,
        Raw::For => Tok::For,
        Raw::From => Tok::From,
        Raw::Global => Tok::Global,
        Raw::If => Tok::If,
        Raw::Import => Tok::Import,
        Raw::In => Tok::In,
        Raw::Is => Tok::Is,
        Raw::Lambda => Tok::Lambda,
        Raw::Nonlocal => Tok::Nonlocal,
        Raw::Not => Tok::Not,
        Raw::Or => Tok::Or,
        Raw::Pass => Tok::Pass,
        Raw::Raise => Tok::Raise,
        Raw::Return => Tok::Return,
        Raw::Try => Tok::Try,
        Raw::While => Tok::While,
        Raw::With => Tok::With,
        Raw::Yield => Tok::Yield,
        Raw::Plus => Tok::Plus,
        Raw::Minus => Tok::Minus,
        Raw::Star => Tok::Star,
        Raw::DoubleStar => Tok::DoubleStar,
        Raw::Slash => Tok::Slash,
        Raw::DoubleSlash => Tok::DoubleSlash,
        Raw::Percent => Tok::Percent,
        Raw::At => Tok::At,
        Raw::LeftShift => Tok::LeftShift,
        Raw::RightShift => Tok::RightShift,
        Raw::Amper => Tok::Amper,
        Raw::VBar => Tok::VBar,
        Raw::Circumflex => Tok::Circumflex,
        Raw::Tilde => Tok::Tilde,
        Raw::ColonEqual => Tok::ColonEqual,
        Raw::Less => Tok::Less,
        Raw::Greater => Tok::Greater,
        Raw::LessEqual => Tok::LessEqual,
        Raw::GreaterEqual => Tok::GreaterEqual,
        Raw::EqEqual => Tok::EqEqual,
        Raw::NotEqual => Tok::NotEqual,
        Raw::Comma => Tok::Comma,
        Raw::Colon => Tok::Colon,
        Raw::Dot => Tok::Dot,
        Raw::Semi => Tok::Semi,
        Raw::Equal => Tok::Equal,
        Raw::Rarrow => Tok::Rarrow,
        Raw::PlusEqual => Tok::PlusEqual,
        Raw::MinusEqual => Tok::MinusEqual,
        Raw::StarEqual => Tok::StarEqual,
        Raw::SlashEqual => Tok::SlashEqual,
        Raw::DoubleSlashEqual => Tok::DoubleSlashEqual,
        Raw::PercentEqual => Tok::PercentEqual,
        Raw::AtEqual => Tok::AtEqual,
        Raw::AmperEqual => Tok::AmperEqual,
        Raw::VBarEqual => Tok::VBarEqual,
        Raw::CircumflexEqual => Tok::CircumflexEqual,
        Raw::RightShiftEqual => Tok::RightShiftEqual,
        Raw::LeftShiftEqual => Tok::LeftShiftEqual,
        Raw::DoubleStarEqual => Tok::DoubleStarEqual,
        Raw::Ellipsis => Tok::Ellipsis,
        Raw::Exclamation => Tok::Exclamation,
        _ => return None,
    })
}

/// Python's `str.isprintable()` for the characters that can reach the tokenizer's error
/// path: control, format, separator, private-use and non-characters. Unassigned code
/// points count as printable here (CPython calls them non-printable); that only changes
/// which of the two "invalid character" messages is shown.
pub(crate) fn is_printable(c: char) -> bool {
    let u = c as u32;
    !matches!(u,
        0x00..=0x1F | 0x7F..=0xA0 | 0xAD
        | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x890..=0x891 | 0x8E2
        | 0x1680 | 0x180E | 0x2000..=0x200F | 0x2028..=0x202F | 0x205F..=0x2064
        | 0x2066..=0x206F | 0x3000 | 0xD800..=0xF8FF | 0xFDD0..=0xFDEF
        | 0xFEFF | 0xFFF9..=0xFFFB | 0x110BD | 0x110CD | 0x13430..=0x1343F
        | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F
        | 0xF0000..=0x10FFFF)
        && (u & 0xFFFE) != 0xFFFE
}

/// CPython's message for a character that cannot start a token.
pub(crate) fn invalid_character_message(c: char) -> String {
    if is_printable(c) {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    }
}

/// The 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    let upto = text.get(..offset).unwrap_or(text);
    upto.bytes().filter(|&b| b == b'\n').count() + 1
}

fn char_at(text: &str, offset: usize) -> Option<char> {
    text.get(offset..).and_then(|s| s.chars().next())
}

/// Tokens of a module or of an f-string field, with layout applied.
pub struct Tokenizer<'a> {
    lex: logos::Lexer<'a, Raw>,
    src: &'a str,
    /// Added to every offset: a fragment's position in the whole source.
    base: usize,
    /// An f-string field: no NEWLINE, INDENT or DEDENT, as inside brackets.
    fragment: bool,
    /// Open brackets: the character and its offset.
    parens: Vec<(u8, usize)>,
    /// Indentation stack as `(columns with tabs to 8, columns with tabs to 1)`; the
    /// second is CPython's check that tabs and spaces are used consistently.
    indents: Vec<(u32, u32)>,
    pending: VecDeque<Spanned>,
    /// Where the current physical line starts (after the last newline token).
    line_start: usize,
    /// No token yet on the current logical line: the next one decides indentation.
    at_line_start: bool,
    done: bool,
}

/// Tokenizes a whole module: ends with NEWLINE (when the last line has tokens), DEDENTs
/// back to column 0, then `Tok::EndOfFile`. A leading byte-order mark is skipped.
pub fn tokenize(source: &str) -> Tokenizer<'_> {
    let mut t = Tokenizer::new(source, 0, false);
    // CPython refuses a null byte anywhere (comments and strings too) before tokenizing.
    if let Some(at) = source.find('\0') {
        t.done = true;
        t.pending.push_back(Err(SyntaxError::new(
            "source code cannot contain null bytes",
            Span::new(at, at),
        )));
        return t;
    }
    if source.starts_with('\u{feff}') {
        t.lex.bump('\u{feff}'.len_utf8());
        t.line_start = '\u{feff}'.len_utf8();
    }
    t
}

/// Tokenizes an f-string field's expression: offsets are shifted by `base` (the text's
/// offset in the whole source); newlines are not tokens and there is no indentation, as
/// inside parentheses. Ends with `Tok::EndOfFile`.
pub fn tokenize_fragment(text: &str, base: u32) -> Tokenizer<'_> {
    Tokenizer::new(text, base as usize, true)
}

impl<'a> Tokenizer<'a> {
    fn new(src: &'a str, base: usize, fragment: bool) -> Tokenizer<'a> {
        Tokenizer {
            lex: Raw::lexer(src),
            src,
            base,
            fragment,
            parens: Vec::new(),
            indents: vec![(0, 0)],
            pending: VecDeque::new(),
            line_start: 0,
            at_line_start: true,
            done: false,
        }
    }

    /// The innermost bracket still open: its character and offset in the whole source.
    pub fn open_bracket(&self) -> Option<(char, usize)> {
        self.parens
            .last()
            .map(|&(c, at)| (c as char, self.base + at))
    }

    fn triple(&self, start: usize, tok: Tok, end: usize) -> Spanned {
        Ok((self.base + start, tok, self.base + end))
    }

    fn error_span(&self, message: impl Into<String>, start: usize, end: usize) -> SyntaxError {
        SyntaxError::new(message, Span::new(self.base + start, self.base + end))
    }

    /// An error at one character: CPython's caret with `offset == end_offset`.
    fn error_at(&mut self, message: impl Into<String>, at: usize) -> Spanned {
        self.done = true;
        Err(self.error_span(message, at, at))
    }

    /// Moves the raw lexer's position to `end` (a char boundary inside the source).
    fn advance_to(&mut self, end: usize) {
        let cur = self.lex.span().end;
        if end > cur && end <= self.src.len() && self.src.is_char_boundary(end) {
            self.lex.bump(end - cur);
        }
    }

    fn end_of_input(&mut self) -> Option<Spanned> {
        self.done = true;
        let end = self.src.len();
        if let Some(&(open, at)) = self.parens.last() {
            return Some(Err(self.error_span(
                format!("'{}' was never closed", open as char),
                at,
                at,
            )));
        }
        if !self.fragment {
            if !self.at_line_start {
                let t = self.triple(end, Tok::Newline, end);
                self.pending.push_back(t);
            }
            for _ in 1..self.indents.len() {
                let t = self.triple(end, Tok::Dedent, end);
                self.pending.push_back(t);
            }
        }
        let t = self.triple(end, Tok::EndOfFile, end);
        self.pending.push_back(t);
        self.pending.pop_front()
    }

    /// The first token of a logical line starts at `pos`: compare its indentation with
    /// the stack, queueing INDENT or DEDENTs, as CPython's tokenizer does.
    fn indentation(&mut self, pos: usize) -> Result<(), SyntaxError> {
        let bytes = self.src.as_bytes();
        let (mut col, mut altcol) = (0u32, 0u32);
        let mut cont_line_col = 0u32;
        let mut i = self.line_start;
        while i < pos {
            match bytes.get(i) {
                Some(b' ') => {
                    col += 1;
                    altcol += 1;
                }
                Some(b'\t') => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    altcol += 1;
                }
                Some(b'\x0c') => {
                    col = 0;
                    altcol = 0;
                }
                // A backslash continuation inside the indentation: CPython takes the
                // indentation from where the first backslash stands.
                Some(b'\\') => {
                    if cont_line_col == 0 {
                        cont_line_col = col;
                    }
                    i += 1;
                    if bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                }
                _ => break,
            }
            i += 1;
        }
        if cont_line_col != 0 {
            col = cont_line_col;
            altcol = cont_line_col;
        }
        let line_start = self.line_start;
        let tab_error = |this: &Self| {
            SyntaxError::tab(
                "inconsistent use of tabs and spaces in indentation",
                Span::new(this.base + line_start, this.base + line_start),
            )
        };
        let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
        if col == top {
            if altcol != alttop {
                return Err(tab_error(self));
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(SyntaxError::indentation(
                    "too many levels of indentation",
                    Span::new(self.base + line_start, self.base + line_start),
                ));
            }
            if altcol <= alttop {
                return Err(tab_error(self));
            }
            self.indents.push((col, altcol));
            // After a backslash-continued indentation, CPython reports the INDENT on
            // the line of the token it indents.
            let indent_start = self
                .src
                .get(line_start..pos)
                .and_then(|ws| ws.rfind(['\n', '\r']))
                .map_or(line_start, |n| line_start + n + 1);
            let t = self.triple(indent_start, Tok::Indent, pos);
            self.pending.push_back(t);
        } else {
            let mut dedents = 0;
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |t| t.0) {
                self.indents.pop();
                dedents += 1;
            }
            let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                let eol = self
                    .src
                    .get(pos..)
                    .and_then(|rest| rest.find(['\n', '\r']))
                    .map_or(self.src.len(), |n| pos + n);
                return Err(SyntaxError::indentation(
                    "unindent does not match any outer indentation level",
                    Span::new(self.base + eol, self.base + eol),
                ));
            }
            if altcol != alttop {
                return Err(tab_error(self));
            }
            for _ in 0..dedents {
                let t = self.triple(pos, Tok::Dedent, pos);
                self.pending.push_back(t);
            }
        }
        Ok(())
    }

    /// A name starting at `start` whose ASCII part logos matched up to `end`: extend it
    /// over any following non-ASCII identifier characters.
    fn name_end(&self, mut end: usize) -> usize {
        if let Some(rest) = self.src.get(end..) {
            if rest.as_bytes().first().is_some_and(|&b| b >= 0x80) {
                for c in rest.chars() {
                    if c.is_ascii_alphanumeric() || c == '_' || unicode_ident::is_xid_continue(c) {
                        end += c.len_utf8();
                    } else {
                        break;
                    }
                }
            }
        }
        end
    }

    fn name(&mut self, start: usize, end: usize) -> Tok {
        self.advance_to(end);
        let text = self.src.get(start..end).unwrap_or_default();
        if text.is_ascii() {
            return Tok::Name(text.to_string());
        }
        // CPython stores identifiers in NFKC form: `ｗｉｄｔｈ` is `width`, `µ` is `μ`.
        Tok::Name(text.nfkc().collect())
    }

    /// A string literal whose prefix and opening quote logos matched at `start..open_end`.
    fn string(&mut self, start: usize, open_end: usize) -> Spanned {
        let bytes = self.src.as_bytes();
        let quote = bytes
            .get(open_end.wrapping_sub(1))
            .copied()
            .unwrap_or(b'\'');
        let mut prefix = StrPrefix::default();
        for &b in bytes.get(start..open_end.saturating_sub(1)).unwrap_or(&[]) {
            match b.to_ascii_lowercase() {
                b'r' => prefix.raw = true,
                b'b' => prefix.bytes = true,
                b'f' => prefix.format = true,
                _ => prefix.unicode = true,
            }
        }
        let triple = bytes.get(open_end) == Some(&quote) && bytes.get(open_end + 1) == Some(&quote);
        let body_start = if triple { open_end + 2 } else { open_end };
        let mut i = body_start;
        let body_end = loop {
            match bytes.get(i) {
                None => {
                    // CPython counts the line the end of input is on, not counting
                    // the empty line after a final newline.
                    let mut line = line_of(self.src, i);
                    if self.src.ends_with('\n') && line > 1 {
                        line -= 1;
                    }
                    return self.unterminated(triple, start, line);
                }
                Some(&b) if b == quote => {
                    if !triple {
                        break i;
                    }
                    if bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                        break i;
                    }
                    i += 1;
                }
                Some(b'\\') => {
                    i += 2;
                    if bytes.get(i - 1) == Some(&b'\r') && bytes.get(i) == Some(&b'\n') {
                        i += 1;
                    }
                }
                Some(b'\n' | b'\r') if !triple => {
                    let line = line_of(self.src, i);
                    return self.unterminated(false, start, line);
                }
                Some(_) => i += 1,
            }
        };
        let end = body_end + if triple { 3 } else { 1 };
        self.advance_to(end);
        let body = self
            .src
            .get(body_start..body_end)
            .unwrap_or_default()
            .to_string();
        let tok = Tok::Str(Box::new(StrToken {
            prefix,
            triple,
            body,
            body_start: (self.base + body_start) as u32,
        }));
        self.triple(start, tok, end)
    }

    fn unterminated(&mut self, triple: bool, start: usize, line: usize) -> Spanned {
        let what = if triple {
            "unterminated triple-quoted string literal"
        } else {
            "unterminated string literal"
        };
        self.error_at(format!("{what} (detected at line {line})"), start)
    }

    fn push_bracket(&mut self, c: u8, start: usize, tok: Tok, end: usize) -> Spanned {
        if self.parens.len() >= MAX_PAREN_LEVEL {
            return self.error_at("too many nested parentheses", start);
        }
        self.parens.push((c, start));
        self.triple(start, tok, end)
    }

    fn pop_bracket(&mut self, c: u8, start: usize, tok: Tok, end: usize) -> Spanned {
        let Some((open, open_at)) = self.parens.pop() else {
            return self.error_at(format!("unmatched '{}'", c as char), start);
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if c != expected {
            let open_line = line_of(self.src, open_at);
            let message = if open_line != line_of(self.src, start) {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                    c as char, open as char, open_line
                )
            } else {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    c as char, open as char
                )
            };
            return self.error_at(message, start);
        }
        self.triple(start, tok, end)
    }

    /// Turns one raw token (not a newline or continuation: `next` handles those) into a
    /// token or an error.
    fn token(&mut self, raw: Raw, start: usize, end: usize) -> Spanned {
        match raw {
            Raw::Name => {
                let end = self.name_end(end);
                let tok = self.name(start, end);
                self.triple(start, tok, end)
            }
            Raw::NonAscii => {
                let c = char_at(self.src, start).unwrap_or('\u{fffd}');
                if !unicode_ident::is_xid_start(c) {
                    return self.error_at(invalid_character_message(c), start);
                }
                let end = self.name_end(end);
                let tok = self.name(start, end);
                self.triple(start, tok, end)
            }
            Raw::Number => {
                let text = self.src.get(start..).unwrap_or_default();
                match scan_number(text) {
                    Ok((len, number)) => {
                        self.advance_to(start + len);
                        let tok = match number {
                            Number::Int(v) => Tok::Int(v),
                            Number::Float(v) => Tok::Float(v),
                            Number::Imag(v) => Tok::Imag(v),
                        };
                        self.triple(start, tok, start + len)
                    }
                    Err(e) => {
                        self.done = true;
                        Err(self.error_span(e.message, start + e.start, start + e.end))
                    }
                }
            }
            Raw::Str => self.string(start, end),
            Raw::Lpar => self.push_bracket(b'(', start, Tok::Lpar, end),
            Raw::Lsqb => self.push_bracket(b'[', start, Tok::Lsqb, end),
            Raw::Lbrace => self.push_bracket(b'{', start, Tok::Lbrace, end),
            Raw::Rpar => self.pop_bracket(b')', start, Tok::Rpar, end),
            Raw::Rsqb => self.pop_bracket(b']', start, Tok::Rsqb, end),
            Raw::Rbrace => self.pop_bracket(b'}', start, Tok::Rbrace, end),
            Raw::Backslash | Raw::Continuation if end >= self.src.len() => {
                self.error_at("unexpected EOF while parsing", start + 1)
            }
            Raw::Backslash | Raw::Newline | Raw::Continuation => self.error_at(
                "unexpected character after line continuation character",
                start + 1,
            ),
            _ => {
                // A keyword followed by non-ASCII identifier characters is a name.
                let name_end = self.name_end(end);
                if name_end != end {
                    let tok = self.name(start, name_end);
                    return self.triple(start, tok, name_end);
                }
                match fixed_token(raw) {
                    Some(tok) => self.triple(start, tok, end),
                    None => self.error_at("invalid syntax", start),
                }
            }
        }
    }

    /// Input logos has no token for: a control character, `$`, `?`, `` ` ``.
    fn unknown(&mut self, start: usize) -> Option<Spanned> {
        let c = char_at(self.src, start).unwrap_or('\u{fffd}');
        if c.is_ascii_graphic() {
            // CPython passes these to its parser as operators, which then fails with a
            // generic error; lexing can go on after it (see `replaces_parser_error`).
            return Some(Err(self.error_span("invalid syntax", start, start + 1)));
        }
        self.done = true;
        Some(Err(self.error_span(
            invalid_character_message(c),
            start,
            start,
        )))
    }
}

/// Whether a lexer error found *after* a parser error replaces it, as in CPython: when
/// its parser fails with a generic error, CPython tokenizes the rest of the source and
/// reports the first tokenizer error that raises an exception (bad numbers, strings and
/// characters, mismatched or unmatched brackets). Layout errors (indentation, tabs,
/// continuation, end of input) do not replace it; but if brackets are still open at such
/// an error and the parser's error is on a later line than the innermost open bracket,
/// CPython reports "'(' was never closed" for that bracket instead.
/// To do the same: after the parser fails, keep pulling from the same `Tokenizer` until
/// an error or `EndOfFile`; use `Tokenizer::open_bracket` for the bracket. The iterator
/// goes on after an "invalid syntax" error (for `$`, `?`, `` ` ``) and ends after any
/// other error.
pub fn replaces_parser_error(error: &SyntaxError) -> bool {
    // The errors CPython's tokenizer raises itself rather than through the parser.
    const RAISED_BY_TOKENIZER: [&str; 14] = [
        "invalid character",
        "invalid non-printable character",
        "invalid decimal literal",
        "invalid hexadecimal literal",
        "invalid octal literal",
        "invalid binary literal",
        "invalid imaginary literal",
        "invalid digit",
        "leading zeros in decimal integer literals",
        "unterminated string literal",
        "unterminated triple-quoted string literal",
        "closing parenthesis",
        "unmatched '",
        "too many nested parentheses",
    ];
    error.kind == crate::error::SyntaxErrorKind::SyntaxError
        && RAISED_BY_TOKENIZER
            .iter()
            .any(|p| error.message.starts_with(p))
}

impl Iterator for Tokenizer<'_> {
    type Item = Spanned;

    fn next(&mut self) -> Option<Spanned> {
        if let Some(t) = self.pending.pop_front() {
            return Some(t);
        }
        if self.done {
            return None;
        }
        loop {
            let raw = match self.lex.next() {
                None => return self.end_of_input(),
                Some(raw) => raw,
            };
            let span = self.lex.span();
            let raw = match raw {
                Ok(raw) => raw,
                Err(()) => return self.unknown(span.start),
            };
            match raw {
                Raw::Newline => {
                    self.line_start = span.end;
                    if self.fragment || !self.parens.is_empty() || self.at_line_start {
                        continue;
                    }
                    self.at_line_start = true;
                    return Some(self.triple(span.start, Tok::Newline, span.end));
                }
                Raw::Continuation if span.end < self.src.len() => continue,
                // Always an error, and CPython reports it before judging indentation.
                Raw::Continuation | Raw::Backslash => {
                    return Some(self.token(raw, span.start, span.end))
                }
                _ => {}
            }
            if self.at_line_start {
                self.at_line_start = false;
                if !self.fragment {
                    if let Err(e) = self.indentation(span.start) {
                        self.done = true;
                        return Some(Err(e));
                    }
                }
            }
            let result = self.token(raw, span.start, span.end);
            if self.pending.is_empty() {
                return Some(result);
            }
            self.pending.push_back(result);
            return self.pending.pop_front();
        }
    }
}

#[cfg(test)]
mod tests;
