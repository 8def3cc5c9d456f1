//! String literals: escape decoding, implicit concatenation, and f-strings into `JoinedStr`.
//!
//! This follows CPython 3.11's `Parser/string_parser.c`: in 3.11 an f-string is one
//! STRING token whose body is split here, field expressions go to the parser one by one,
//! and every node built here (constants, `FormattedValue`, format-spec `JoinedStr`)
//! carries the span of the whole run of adjacent literals, as CPython's do.

use crate::ast::{Constant, Conversion, Expr, ExprKind};
use crate::error::SyntaxError;
use crate::lexer::replaces_parser_error;
use crate::span::Span;
use crate::token::StrToken;

/// Joins one run of adjacent string literals (implicit concatenation) into a
/// `Constant` (str or bytes) or, when any part is an f-string, a `JoinedStr`.
pub fn concat_strings(parts: Vec<(Span, StrToken)>) -> Result<Expr, SyntaxError> {
    concat_with(parts, crate::parser::parse_fstring_expr)
}

/// Parses one f-string field's expression: `(text, offset of text in the source)`.
type ExprParser = fn(&str, u32) -> Result<Expr, SyntaxError>;

fn concat_with(
    mut parts: Vec<(Span, StrToken)>,
    parse_expr: ExprParser,
) -> Result<Expr, SyntaxError> {
    // The common case, one plain literal without escapes, reuses the token's text.
    if let [(span, part)] = parts.as_mut_slice() {
        let p = part.prefix;
        if !p.bytes && !p.format && !part.body.contains(['\\', '\r']) {
            return Ok(Expr::new(
                *span,
                ExprKind::Constant {
                    value: Constant::Str(std::mem::take(&mut part.body)),
                    kind: p.unicode.then(|| "u".to_string()),
                },
            ));
        }
    }
    let Some(&(first_span, ref first)) = parts.first() else {
        return Ok(Expr::new(
            Span::default(),
            ExprKind::Constant {
                value: Constant::Str(String::new()),
                kind: None,
            },
        ));
    };
    let whole = parts
        .iter()
        .fold(first_span, |acc, (span, _)| acc.cover(*span));
    // CPython reports most string errors just past the last literal of the run.
    let after = Span {
        start: whole.end,
        end: whole.end,
    };
    // CPython tests only for a lowercase `u`; `StrPrefix` does not keep the case, so
    // `U'...'` gets kind 'u' here too.
    let kind = first.prefix.unicode.then(|| "u".to_string());
    let bytes_mode = first.prefix.bytes;
    let mut bytes = Vec::new();
    let mut builder = Builder {
        values: Vec::new(),
        text: String::new(),
        span: whole,
        kind: kind.clone(),
    };
    let mut fmode = false;
    for (span, part) in &parts {
        if part.prefix.bytes != bytes_mode {
            return Err(SyntaxError::new(
                "cannot mix bytes and nonbytes literals",
                after,
            ));
        }
        let body = part.body.as_str();
        if bytes_mode {
            if !body.is_ascii() {
                return Err(SyntaxError::new(
                    "bytes can only contain ASCII literal characters",
                    *span,
                ));
            }
            if part.prefix.raw {
                push_raw_bytes(body, &mut bytes);
            } else {
                decode_bytes(body, &mut bytes).map_err(|m| SyntaxError::new(m, after))?;
            }
        } else if part.prefix.format {
            fmode = true;
            let parser = FString {
                body,
                base: part.body_start,
                raw: part.prefix.raw,
                after,
                parse_expr,
            };
            let mut pos = 0;
            parser.parse(&mut pos, 0, &mut builder)?;
        } else if part.prefix.raw {
            push_raw_str(body, &mut builder.text);
        } else {
            decode_str(body, &mut builder.text).map_err(|m| SyntaxError::new(m, after))?;
        }
    }
    let kind = if bytes_mode {
        ExprKind::Constant {
            value: Constant::Bytes(bytes),
            kind: None,
        }
    } else if !fmode {
        ExprKind::Constant {
            value: Constant::Str(builder.text),
            kind,
        }
    } else {
        builder.flush();
        ExprKind::JoinedStr {
            values: builder.values,
        }
    };
    Ok(Expr::new(whole, kind))
}

/// Collects a `JoinedStr`'s values, merging adjacent text and dropping empty text.
struct Builder {
    values: Vec<Expr>,
    text: String,
    span: Span,
    kind: Option<String>,
}

impl Builder {
    fn flush(&mut self) {
        if !self.text.is_empty() {
            let text = std::mem::take(&mut self.text);
            self.values.push(Expr::new(
                self.span,
                ExprKind::Constant {
                    value: Constant::Str(text),
                    kind: self.kind.clone(),
                },
            ));
        }
    }
}

/// One f-string literal's body being split into text and fields.
struct FString<'a> {
    body: &'a str,
    /// The body's offset in the whole source, for the field expressions' spans.
    base: u32,
    raw: bool,
    after: Span,
    parse_expr: ExprParser,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

impl FString<'_> {
    fn error(&self, message: impl Into<String>) -> SyntaxError {
        SyntaxError::new(message, self.after)
    }

    fn byte(&self, i: usize) -> Option<u8> {
        self.body.as_bytes().get(i).copied()
    }

    fn slice(&self, start: usize, end: usize) -> &str {
        self.body.get(start..end).unwrap_or_default()
    }

    fn push_text(&self, start: usize, end: usize, out: &mut String) -> Result<(), SyntaxError> {
        let text = self.slice(start, end);
        if self.raw {
            push_raw_str(text, out);
            Ok(())
        } else {
            decode_str(text, out).map_err(|m| self.error(m))
        }
    }

    /// Text and fields from `*pos` to the end of the body (level 0) or to the `}` that
    /// closes a format spec (level 1 and deeper).
    fn parse(&self, pos: &mut usize, level: u32, out: &mut Builder) -> Result<(), SyntaxError> {
        let len = self.body.len();
        loop {
            let start = *pos;
            let mut s = start;
            let mut doubled = false;
            // Find the end of the literal text: an undoubled brace, skipping `\N{...}`.
            while let Some(mut ch) = self.byte(s) {
                s += 1;
                if !self.raw && ch == b'\\' && s < len {
                    ch = self.byte(s).unwrap_or(0);
                    s += 1;
                    if ch == b'N' {
                        if self.byte(s) == Some(b'{') {
                            s += 1;
                            while let Some(c) = self.byte(s) {
                                s += 1;
                                if c == b'}' {
                                    break;
                                }
                            }
                        }
                        continue;
                    }
                }
                if ch == b'{' || ch == b'}' {
                    if level == 0 {
                        if self.byte(s) == Some(ch) {
                            doubled = true;
                            break;
                        }
                        if ch == b'}' {
                            return Err(self.error("f-string: single '}' is not allowed"));
                        }
                    }
                    s -= 1;
                    break;
                }
            }
            // A doubled brace keeps one brace in the text and resumes after the other.
            self.push_text(start, s, &mut out.text)?;
            if doubled {
                *pos = s + 1;
                continue;
            }
            *pos = s;
            match self.byte(s) {
                None | Some(b'}') => break,
                _ => {}
            }
            let field = self.field(pos, level, out)?;
            out.flush();
            out.values.push(field);
        }
        if level != 0 && self.byte(*pos) != Some(b'}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        Ok(())
    }

    /// One `{...}` field starting at the `{` at `*pos`. Text of a `{x=}` field goes
    /// into `out.text`; the `FormattedValue` is returned.
    fn field(&self, pos: &mut usize, level: u32, out: &mut Builder) -> Result<Expr, SyntaxError> {
        if level >= 2 {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        let len = self.body.len();
        let expr_start = *pos + 1;
        let mut s = expr_start;
        let mut quote: Option<(u8, bool)> = None;
        let mut brackets: Vec<u8> = Vec::new();
        while let Some(ch) = self.byte(s) {
            if ch == b'\\' {
                return Err(self.error("f-string expression part cannot include a backslash"));
            }
            if let Some((q, triple)) = quote {
                if ch == q {
                    if !triple {
                        quote = None;
                    } else if self.byte(s + 1) == Some(q) && self.byte(s + 2) == Some(q) {
                        s += 2;
                        quote = None;
                    }
                }
                s += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    let triple = self.byte(s + 1) == Some(ch) && self.byte(s + 2) == Some(ch);
                    if triple {
                        s += 2;
                    }
                    quote = Some((ch, triple));
                }
                b'[' | b'(' | b'{' => {
                    if brackets.len() >= 200 {
                        return Err(self.error("f-string: too many nested parenthesis"));
                    }
                    brackets.push(ch);
                }
                b'#' => {
                    return Err(self.error("f-string expression part cannot include '#'"));
                }
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if brackets.is_empty() => {
                    // `!=`, `==`, `<=`, `>=` and a lone `<` or `>` belong to the expression.
                    if self.byte(s + 1) == Some(b'=') && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                        s += 2;
                        continue;
                    }
                    if ch != b'<' && ch != b'>' {
                        break;
                    }
                }
                b']' | b'}' | b')' => {
                    let Some(open) = brackets.pop() else {
                        return Err(self.error(format!("f-string: unmatched '{}'", ch as char)));
                    };
                    let matching = matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                    if !matching {
                        return Err(self.error(format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, open as char
                        )));
                    }
                }
                _ => {}
            }
            s += 1;
        }
        let expr_end = s.min(len);
        if quote.is_some() {
            return Err(self.error("f-string: unterminated string"));
        }
        if let Some(&open) = brackets.last() {
            return Err(self.error(format!("f-string: unmatched '{}'", open as char)));
        }
        let Some(term) = self.byte(s) else {
            return Err(self.error("f-string: expecting '}'"));
        };
        let text = self.slice(expr_start, expr_end);
        if text.bytes().all(is_space) {
            return Err(match term {
                b'!' | b':' | b'=' => self.error(format!(
                    "f-string: expression required before '{}'",
                    term as char
                )),
                _ => self.error("f-string: empty expression not allowed"),
            });
        }
        let value = (self.parse_expr)(text, self.base + expr_start as u32).map_err(|mut e| {
            // CPython prefixes what its parser raises, not what its tokenizer does.
            if !e.message.starts_with("f-string") && !replaces_parser_error(&e) {
                e.message = format!("f-string: {}", e.message);
            }
            e
        })?;

        let mut debug = false;
        if self.byte(s) == Some(b'=') {
            s += 1;
            while self.byte(s).is_some_and(is_space) {
                s += 1;
            }
            if s >= len {
                return Err(self.error("f-string: expecting '}'"));
            }
            // The debug text is kept verbatim, spaces included.
            out.text.push_str(self.slice(expr_start, s));
            debug = true;
        }
        let mut conversion = Conversion::None;
        if self.byte(s) == Some(b'!') {
            s += 1;
            let Some(c) = self.byte(s) else {
                return Err(self.error("f-string: expecting '}'"));
            };
            s += 1;
            conversion = match c {
                b's' => Conversion::Str,
                b'r' => Conversion::Repr,
                b'a' => Conversion::Ascii,
                _ => {
                    return Err(self.error(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    ))
                }
            };
        }
        let mut format_spec = None;
        if self.byte(s) == Some(b':') {
            s += 1;
            if s >= len {
                return Err(self.error("f-string: expecting '}'"));
            }
            let mut spec = Builder {
                values: Vec::new(),
                text: String::new(),
                span: out.span,
                kind: out.kind.clone(),
            };
            self.parse(&mut s, level + 1, &mut spec)?;
            spec.flush();
            format_spec = Some(Box::new(Expr::new(
                out.span,
                ExprKind::JoinedStr {
                    values: spec.values,
                },
            )));
        }
        if self.byte(s) != Some(b'}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        *pos = s + 1;
        if debug && format_spec.is_none() && conversion == Conversion::None {
            conversion = Conversion::Repr;
        }
        Ok(Expr::new(
            out.span,
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
        ))
    }
}

/// A raw body as its value: only newlines change (CPython reads `\r\n` and `\r` as `\n`).
fn push_raw_str(text: &str, out: &mut String) {
    if !text.contains('\r') {
        out.push_str(text);
        return;
    }
    out.push_str(&text.replace("\r\n", "\n").replace('\r', "\n"));
}

fn push_raw_bytes(text: &str, out: &mut Vec<u8>) {
    let mut s = String::new();
    push_raw_str(text, &mut s);
    out.extend_from_slice(s.as_bytes());
}

/// The character a `\N{...}` escape names, from the full Unicode name table
/// (`unicode_names2`), aliases included. That crate matches loosely (case, spaces,
/// underscores, medial hyphens); CPython ignores only case, so names with characters
/// CPython's table never has are refused here first.
fn lookup_name(name: &str) -> Option<char> {
    if !name
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-')
    {
        return None;
    }
    unicode_names2::character(name)
}

/// Up to `max` digits of `radix` at the start of `bytes`: (value, count).
fn digits(bytes: &[u8], radix: u32, max: usize) -> (u32, usize) {
    let mut value = 0u32;
    let mut count = 0;
    for &b in bytes.iter().take(max) {
        match (b as char).to_digit(radix) {
            Some(d) => {
                value = value * radix + d;
                count += 1;
            }
            None => break,
        }
    }
    (value, count)
}

/// Decodes a non-raw `str` body's escapes into `out`. The error message is CPython's,
/// with positions counted as CPython does (each non-ASCII character as ten bytes,
/// because CPython re-escapes them before decoding).
fn decode_str(text: &str, out: &mut String) -> Result<(), String> {
    if !text.contains(['\\', '\r']) {
        out.push_str(text);
        return Ok(());
    }
    let bytes = text.as_bytes();
    let mut i = 0;
    // CPython's position of byte `i`.
    let mut cpos = 0usize;
    let error = |start: usize, end: usize, reason: &str| {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {reason}"
        )
    };
    while i < bytes.len() {
        let Some(rest) = text.get(i..) else { break };
        let Some(c) = rest.chars().next() else { break };
        if c == '\r' {
            out.push('\n');
            i += if bytes.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            cpos += 1;
            continue;
        }
        if c != '\\' {
            out.push(c);
            i += c.len_utf8();
            cpos += if c.is_ascii() { 1 } else { 10 };
            continue;
        }
        let Some(&e) = bytes.get(i + 1) else {
            // A lone backslash ends an f-string's text before `{` (`f'\{x}'`).
            out.push('\\');
            break;
        };
        let start = cpos;
        let escape_at = i;
        match e {
            b'\n' => i += 2,
            b'\r' => {
                i += if bytes.get(i + 2) == Some(&b'\n') {
                    3
                } else {
                    2
                }
            }
            b'\\' | b'\'' | b'"' => {
                out.push(e as char);
                i += 2;
            }
            b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' => {
                out.push(match e {
                    b'a' => '\x07',
                    b'b' => '\x08',
                    b'f' => '\x0c',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => '\x0b',
                });
                i += 2;
            }
            b'0'..=b'7' => {
                let (v, n) = digits(bytes.get(i + 1..).unwrap_or(&[]), 8, 3);
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                i += 1 + n;
            }
            b'x' | b'u' | b'U' => {
                let (want, reason) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let (v, n) = digits(bytes.get(i + 2..).unwrap_or(&[]), 16, want);
                if n < want {
                    return Err(error(start, start + 1 + n, reason));
                }
                if v > 0x10FFFF {
                    return Err(error(start, start + 1 + n, "illegal Unicode character"));
                }
                // A lone surrogate cannot live in a Rust String.
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                i += 2 + n;
            }
            b'N' => {
                let after = bytes.get(i + 2..).unwrap_or(&[]);
                if after.first() != Some(&b'{') {
                    return Err(error(start, start + 1, "malformed \\N character escape"));
                }
                let Some(close) = after.iter().position(|&b| b == b'}') else {
                    let end = start + 1 + after.len();
                    return Err(error(start, end, "malformed \\N character escape"));
                };
                let name = text.get(i + 3..i + 2 + close).unwrap_or_default();
                let end = start + 2 + close;
                if name.is_empty() {
                    return Err(error(start, end, "malformed \\N character escape"));
                }
                match lookup_name(name) {
                    Some(ch) => out.push(ch),
                    None => return Err(error(start, end, "unknown Unicode character name")),
                }
                i += 3 + close;
            }
            _ => {
                // Unknown escapes stay as written (CPython warns, then keeps them).
                out.push('\\');
                i += 1;
            }
        }
        // Escapes are ASCII, so CPython's count advances with the bytes consumed.
        cpos += i - escape_at;
    }
    Ok(())
}

/// Decodes a non-raw bytes body (ASCII only, checked before) into `out`.
fn decode_bytes(text: &str, out: &mut Vec<u8>) -> Result<(), String> {
    let bytes = text.as_bytes();
    if !bytes.contains(&b'\\') && !bytes.contains(&b'\r') {
        out.extend_from_slice(bytes);
        return Ok(());
    }
    let mut i = 0;
    while let Some(&c) = bytes.get(i) {
        if c == b'\r' {
            out.push(b'\n');
            i += if bytes.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            continue;
        }
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = bytes.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        match e {
            b'\n' => i += 2,
            b'\r' => {
                i += if bytes.get(i + 2) == Some(&b'\n') {
                    3
                } else {
                    2
                }
            }
            b'\\' | b'\'' | b'"' => {
                out.push(e);
                i += 2;
            }
            b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' => {
                out.push(match e {
                    b'a' => 0x07,
                    b'b' => 0x08,
                    b'f' => 0x0c,
                    b'n' => b'\n',
                    b'r' => b'\r',
                    b't' => b'\t',
                    _ => 0x0b,
                });
                i += 2;
            }
            b'0'..=b'7' => {
                let (v, n) = digits(bytes.get(i + 1..).unwrap_or(&[]), 8, 3);
                out.push((v & 0xFF) as u8);
                i += 1 + n;
            }
            b'x' => {
                let (v, n) = digits(bytes.get(i + 2..).unwrap_or(&[]), 16, 2);
                if n < 2 {
                    return Err(format!("(value error) invalid \\x escape at position {i}"));
                }
                out.push(v as u8);
                i += 4;
            }
            _ => {
                out.push(b'\\');
                i += 1;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
