//! Printing syntax errors exactly as CPython 3.11 prints an uncaught `SyntaxError` for `python3 FILE`.
//!
//! CPython's C printer (`print_exception` / `print_error_text` in `Python/pythonrun.c`)
//! writes `  File "F", line N`, the error's source line with leading spaces, tabs and
//! form feeds stripped, a caret line, and `Class: message`. Its rules, reproduced here:
//!
//! - `offset` (1-based) and `end_offset` come from the error's span. Skein spans are byte
//!   offsets, and so are the columns CPython 3.11 reports for parser errors in a file
//!   (for tokenizer errors it counts characters; the two differ only when non-ASCII text
//!   precedes the error on its line).
//! - The caret sits at `offset - 1` minus the stripped indentation; when that is negative
//!   (the error points into the indentation) no caret line is printed.
//! - `^` repeats `end_offset - offset` times (at least once). Only `SyntaxError` itself
//!   has a width: `IndentationError` and `TabError` always get one caret. A span that
//!   ends on a later line underlines to the end of the first line.
//! - An `IndentationError`/`TabError` whose span starts at the end of the source (the
//!   parser saw end of file) is reported on the last line with no caret, as CPython's
//!   `expected an indented block` at end of file is (its offset is 0 there). So is an
//!   error whose span starts at a NUL byte (`source code cannot contain null bytes`).
//! - The C printer writes the line as a C string: it ends at the first NUL byte.

use skein_grammar::{LineIndex, SyntaxError, SyntaxErrorKind};

/// CPython's traceback text for a syntax error in `source`, read from `filename`.
pub fn format_syntax_error(filename: &str, source: &str, err: &SyntaxError) -> String {
    let loc = Location::of(source, err);
    let mut out = format!("  File \"{filename}\", line {}\n", loc.lineno);
    print_error_text(&mut out, loc.offset, loc.end_offset, loc.text);
    out.push_str(err.kind.class_name());
    out.push_str(": ");
    out.push_str(&err.message);
    out.push('\n');
    out
}

/// The attributes CPython's `SyntaxError` would carry: `lineno`, `offset`, `end_offset`
/// (already adjusted as `print_exception` adjusts them) and `text`.
#[derive(Debug, PartialEq, Eq)]
struct Location<'a> {
    lineno: u32,
    offset: i64,
    end_offset: i64,
    text: &'a str,
}

impl<'a> Location<'a> {
    fn of(source: &'a str, err: &SyntaxError) -> Location<'a> {
        let index = LineIndex::new(source);
        let len = source.len() as u32;
        let at_eof = err.span.start >= len;
        let mut start = err.span.start.min(len);
        // At end of a source that ends in a newline, the position is on no line:
        // report the last line, at its end.
        if at_eof && source.ends_with('\n') {
            start = len - 1;
        }
        let (lineno, col) = index.line_col(start);
        let line_start = index.line_start(lineno).unwrap_or(0) as usize;
        let line_end = source[line_start..]
            .find('\n')
            .map_or(source.len(), |i| line_start + i + 1);
        let text = &source[line_start..line_end];
        let no_column = (at_eof && err.kind != SyntaxErrorKind::SyntaxError)
            || source.as_bytes().get(start as usize) == Some(&0);
        let offset = if no_column { 0 } else { i64::from(col) + 1 };
        let mut end_offset = -1;
        if err.kind == SyntaxErrorKind::SyntaxError {
            let end = err.span.end.clamp(start, len);
            let (end_line, end_col) = index.line_col(end);
            end_offset = if end_line > lineno {
                text.len() as i64
            } else {
                i64::from(end_col) + 1
            };
            end_offset = end_offset.min(text.len() as i64 + 1);
        }
        Location {
            lineno,
            offset,
            end_offset,
            text,
        }
    }
}

/// `print_error_text` of CPython 3.11's `Python/pythonrun.c`.
fn print_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let carets = if end_offset > 0 && end_offset > offset {
        (end_offset - offset) as usize
    } else {
        1
    };
    // `PyFile_WriteString` stops at a NUL byte.
    let text = text.split('\0').next().unwrap_or("");
    let mut offset = offset - 1;
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    offset -= (text.len() - stripped.len()) as i64;
    let mut text = stripped;
    let len = text.strip_suffix('\n').unwrap_or(text).len() as i64;
    offset = offset.min(len);
    // Skip past newlines embedded in the text.
    while let Some(nl) = text.find('\n') {
        if nl as i64 >= offset {
            break;
        }
        text = &text[nl + 1..];
        offset -= nl as i64 + 1;
    }
    out.push_str("    ");
    out.push_str(text);
    if !text.ends_with('\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    for _ in 0..offset {
        out.push(' ');
    }
    for _ in 0..carets {
        out.push('^');
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use skein_grammar::Span;

    fn show(source: &str, err: SyntaxError) -> String {
        format_syntax_error("t.py", source, &err)
    }

    // Expected texts are python3.11's stderr for `python3 t.py`.

    #[test]
    fn caret_width_follows_the_span() {
        let src = "f() = 1\n";
        let err = SyntaxError::new(
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
            Span::new(0, 3),
        );
        assert_eq!(
            show(src, err),
            "  File \"t.py\", line 1\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to \
             function call here. Maybe you meant '==' instead of '='?\n"
        );
    }

    #[test]
    fn indentation_is_stripped_and_caret_shifted() {
        let src = "def f():\n    class = 1\n";
        let err = SyntaxError::new("invalid syntax", Span::new(19, 20));
        assert_eq!(
            show(src, err),
            "  File \"t.py\", line 2\n    class = 1\n          ^\nSyntaxError: invalid syntax\n"
        );
    }

    #[test]
    fn no_caret_inside_indentation() {
        let src = "x = 1\n    y = 2\n";
        let err = SyntaxError::indentation("unexpected indent", Span::new(9, 10));
        assert_eq!(
            show(src, err),
            "  File \"t.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"
        );
    }

    #[test]
    fn end_of_file_indentation_error_has_no_caret() {
        let src = "if True:\n\n\n";
        let err = SyntaxError::indentation(
            "expected an indented block after 'if' statement on line 1",
            Span::new(11, 11),
        );
        assert_eq!(
            show(src, err),
            "  File \"t.py\", line 3\n    \nIndentationError: expected an indented block \
             after 'if' statement on line 1\n"
        );
    }

    #[test]
    fn multi_line_span_underlines_to_end_of_line() {
        let src = "x = (1 +\n  2) = 3\n";
        let err = SyntaxError::new("cannot assign to expression", Span::new(5, 12));
        assert_eq!(
            show(src, err),
            "  File \"t.py\", line 1\n    x = (1 +\n         ^^^\nSyntaxError: cannot assign to expression\n"
        );
    }

    #[test]
    fn error_at_end_without_newline() {
        let src = "x = 1 +";
        let err = SyntaxError::new("invalid syntax", Span::new(7, 7));
        assert_eq!(
            show(src, err),
            "  File \"t.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"
        );
    }
}
