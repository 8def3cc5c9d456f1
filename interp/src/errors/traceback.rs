//! Printing uncaught exceptions as CPython 3.11 does: the chain (cause / context), each
//! frame's file, line and source text with `^`/`~` markers, the last line, and notes.

use crate::code::Code;
use crate::exc::{exc_data, TbEntry};
use crate::objref::ObjRef;
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;

/// Where the printer is inside nested exception groups (CPython's
/// `exception_print_context`).
#[derive(Default)]
struct PrintCtx {
    depth: usize,
    need_close: bool,
    seen: Vec<usize>,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// `|` behind the indent inside a group, nothing outside.
    fn margin(&self) -> String {
        if self.depth == 0 {
            String::new()
        } else {
            format!("{}| ", self.indent())
        }
    }
}

impl Vm {
    /// The full report of an uncaught exception.
    pub fn format_exception(&mut self, e: &ObjRef) -> String {
        let mut out = String::new();
        let mut ctx = PrintCtx::default();
        self.format_chain(e, &mut ctx, &mut out);
        out
    }

    /// CPython's `print_exception_recursive`: the chain first, then the exception (a
    /// group with its sub-exceptions in boxes).
    fn format_chain(&mut self, e: &ObjRef, ctx: &mut PrintCtx, out: &mut String) {
        ctx.seen.push(e.id());
        let (cause, context, suppress) = match exc_data(e) {
            Some(x) => {
                let st = x.state.lock();
                (st.cause.clone(), st.context.clone(), st.suppress_context)
            }
            None => (None, None, false),
        };
        if let Some(Value::Obj(c)) = cause.filter(|c| !c.is_none()) {
            if !ctx.seen.contains(&c.id()) {
                self.format_chained(
                    &c,
                    "The above exception was the direct cause of the following exception:\n",
                    ctx,
                    out,
                );
            }
        } else if let Some(Value::Obj(c)) = context.filter(|c| !c.is_none() && !suppress) {
            if !ctx.seen.contains(&c.id()) {
                self.format_chained(
                    &c,
                    "During handling of the above exception, another exception occurred:\n",
                    ctx,
                    out,
                );
            }
        }
        if crate::exc_group::group_parts(e).is_some() {
            self.format_group(e, ctx, out);
        } else {
            self.format_one(e, ctx, out);
        }
    }

    fn format_chained(&mut self, c: &ObjRef, message: &str, ctx: &mut PrintCtx, out: &mut String) {
        let need_close = ctx.need_close;
        self.format_chain(c, ctx, out);
        ctx.need_close = need_close;
        let m = ctx.margin();
        out.push_str(&format!("{m}\n{m}{message}{m}\n"));
    }

    /// One exception: its traceback, `Type: message` and notes, each line behind the
    /// group margin.
    fn format_one(&mut self, e: &ObjRef, ctx: &mut PrintCtx, out: &mut String) {
        let m = ctx.margin();
        let tb = exc_data(e)
            .map(|x| x.state.lock().traceback.clone())
            .unwrap_or_default();
        if !tb.is_empty() {
            let is_group = crate::exc_group::group_parts(e).is_some();
            let (header_margin, header) = if is_group {
                let hm = if ctx.depth == 1 {
                    format!("{}+ ", ctx.indent())
                } else {
                    m.clone()
                };
                (hm, "Exception Group Traceback (most recent call last):")
            } else {
                (m.clone(), "Traceback (most recent call last):")
            };
            out.push_str(&format!("{header_margin}{header}\n"));
            for entry in tb.iter().rev() {
                let mut s = String::new();
                format_entry(entry, &mut s);
                for line in s.lines() {
                    out.push_str(&format!("{m}{line}\n"));
                }
            }
        }
        if let Some(block) = self.syntax_error_location(e) {
            for line in block.lines() {
                out.push_str(&format!("{m}{line}\n"));
            }
        }
        out.push_str(&m);
        out.push_str(&self.exception_line(e));
        out.push('\n');
        self.format_notes(e, &m, out);
    }

    /// `traceback.format_exception_only`: a SyntaxError's location block, then the
    /// `Type: message` line.
    pub fn format_exception_only(&mut self, e: &ObjRef) -> String {
        let mut out = self.syntax_error_location(e).unwrap_or_default();
        out.push_str(&self.exception_line(e));
        out.push('\n');
        out
    }

    /// A SyntaxError's own location (CPython's `print_error_text`): `File "f", line N`,
    /// the offending line without its indentation, and carets from `offset` to
    /// `end_offset`. Errors raised by `compile()`, `eval()` or an import show where the
    /// bad source is, not only where it was compiled from.
    fn syntax_error_location(&mut self, e: &ObjRef) -> Option<String> {
        if !crate::exc::is_instance_of(e, types().syntax_error) {
            return None;
        }
        let v = Value::Obj(e.clone());
        let lineno = match self.get_attr(&v, "lineno").ok()? {
            Value::Int(n) => n,
            _ => return None,
        };
        let filename = match self.get_attr(&v, "filename").ok() {
            Some(f @ Value::Obj(_)) => self.str_of(&f).ok()?,
            _ => "<string>".to_string(),
        };
        let mut out = format!("  File \"{filename}\", line {lineno}\n");
        let text = match self.get_attr(&v, "text").ok() {
            Some(t @ Value::Obj(_)) => self.str_of(&t).ok()?,
            _ => return Some(out),
        };
        let rtext = text.trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
        out.push_str(&format!("    {ltext}\n"));
        let Ok(Value::Int(offset)) = self.get_attr(&v, "offset") else {
            return Some(out);
        };
        let end = match self.get_attr(&v, "end_offset") {
            Ok(Value::Int(n)) if n != 0 => n,
            _ => offset,
        };
        let end = if end == offset || end == -1 {
            offset + 1
        } else {
            end
        };
        let (col, end_col) = (offset - 1 - spaces, end - 1 - spaces);
        if col >= 0 {
            let pad: String = ltext
                .chars()
                .take(col as usize)
                .map(|c| if c.is_whitespace() { c } else { ' ' })
                .collect();
            let carets = "^".repeat((end_col - col).max(1) as usize);
            out.push_str(&format!("    {pad}{carets}\n"));
        }
        Some(out)
    }

    /// CPython's `print_exception_group`: the group, then each sub-exception in a box
    /// numbered from 1 (at most 15, nested at most 10 deep).
    fn format_group(&mut self, e: &ObjRef, ctx: &mut PrintCtx, out: &mut String) {
        const MAX_WIDTH: usize = 15;
        const MAX_DEPTH: usize = 10;
        if ctx.depth > MAX_DEPTH {
            out.push_str(&format!(
                "{}... (max_group_depth is {MAX_DEPTH})\n",
                ctx.margin()
            ));
            return;
        }
        if ctx.depth == 0 {
            ctx.depth = 1;
        }
        self.format_one(e, ctx, out);
        let excs = crate::exc_group::group_parts(e)
            .map(|p| p.1)
            .unwrap_or_default();
        let n = excs.len().min(MAX_WIDTH + 1);
        ctx.need_close = false;
        for (i, sub) in excs.iter().take(n).enumerate() {
            let last = i + 1 == n;
            if last {
                ctx.need_close = true;
            }
            let corner = if i == 0 { "+-" } else { "  " };
            let label = if i < MAX_WIDTH {
                (i + 1).to_string()
            } else {
                "...".to_string()
            };
            out.push_str(&format!(
                "{}{corner}+---------------- {label} ----------------\n",
                ctx.indent()
            ));
            ctx.depth += 1;
            if i < MAX_WIDTH {
                match sub {
                    Value::Obj(o) => self.format_chain(o, ctx, out),
                    other => {
                        let text = self.str_of(other).unwrap_or_default();
                        out.push_str(&format!("{}{text}\n", ctx.margin()));
                    }
                }
            } else {
                let more = excs.len() - MAX_WIDTH;
                let s = if more > 1 { "s" } else { "" };
                out.push_str(&format!("{}and {more} more exception{s}\n", ctx.margin()));
            }
            if last && ctx.need_close {
                out.push_str(&format!(
                    "{}+------------------------------------\n",
                    ctx.indent()
                ));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if ctx.depth == 1 {
            ctx.depth = 0;
        }
    }

    /// `ValueError: message` (module-qualified for classes outside builtins).
    pub fn exception_line(&mut self, e: &ObjRef) -> String {
        let v = Value::Obj(e.clone());
        let to = crate::types::tobj(e.cls());
        let module = to.module_name();
        let name = if module == "builtins" || module == "__main__" {
            to.qualname.clone()
        } else {
            format!("{module}.{}", to.qualname)
        };
        // A SyntaxError with a location prints that location above, so its last line
        // carries only `msg` (CPython's print_exception after parse_syntax_error).
        let located = crate::exc::is_instance_of(e, types().syntax_error)
            && matches!(self.get_attr(&v, "lineno"), Ok(Value::Int(_)));
        let shown = if located {
            self.get_attr(&v, "msg").and_then(|m| self.str_of(&m))
        } else {
            self.str_of(&v)
        };
        let msg = match shown {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }

    fn format_notes(&mut self, e: &ObjRef, margin: &str, out: &mut String) {
        let v = Value::Obj(e.clone());
        let Ok(Some(notes)) = self.dict_get(&v, &crate::pystr::interned("__notes__")) else {
            return;
        };
        for n in crate::seq::snapshot(&notes) {
            if let Some(s) = n.as_str() {
                for line in s.split('\n') {
                    out.push_str(margin);
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
    }

    /// Prints an uncaught exception to stderr (flushing stdout first, as CPython does).
    pub fn print_exception(&mut self, e: &ObjRef) {
        self.flush_out();
        let s = self.format_exception(e);
        eprint!("{s}");
    }

    pub fn is_system_exit(&self, e: &ObjRef) -> bool {
        crate::exc::is_instance_of(e, types().system_exit)
    }
}

/// `traceback.format_stack`'s text for `entries`, outermost first.
pub fn format_stack(entries: &[TbEntry]) -> String {
    let mut out = String::new();
    for e in entries {
        format_entry(e, &mut out);
    }
    out
}

fn format_entry(entry: &TbEntry, out: &mut String) {
    let code: &Code = entry.code;
    let pc = entry.pc as usize;
    let line = code.line_of(pc);
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        code.source.filename, line, code.name
    ));
    let Some(text) = code.source.line_text(line) else {
        return;
    };
    let stripped = text.trim_start();
    if stripped.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(stripped.trim_end());
    out.push('\n');
    if let Some(carets) = caret_line(code, pc, line, text) {
        out.push_str(&carets);
        out.push('\n');
    }
}

/// The `^^^` / `~~^~~` marker line, when the failing part is not the whole line.
fn caret_line(code: &Code, pc: usize, line: u32, text: &str) -> Option<String> {
    let span = *code.spans.get(pc)?;
    let src = &code.source;
    let line_start = src.lines.line_start(line)? as usize;
    let (end_line, _) = src.lines.line_col(span.end);
    if (span.start as usize) < line_start {
        return None;
    }
    let col = |byte: usize| -> usize {
        text.get(..byte.min(text.len()))
            .map_or(0, |t| t.chars().count())
    };
    let indent = text.chars().count() - text.trim_start().chars().count();
    let stripped_len = text.trim().chars().count();
    let start = col(span.start as usize - line_start);
    let end = if end_line == line {
        col(span.end as usize - line_start)
    } else {
        indent + stripped_len
    };
    let anchors = if end_line == line {
        code.anchors
            .iter()
            .find(|a| a.0 as usize == pc)
            .and_then(|a| anchor_offsets(text, line_start, start, end, a))
    } else {
        None
    };
    let spans_all = end.saturating_sub(start) >= stripped_len;
    if spans_all && anchors.is_none() {
        return None;
    }
    let mut s = String::from("    ");
    s.push_str(&" ".repeat(start.saturating_sub(indent)));
    match anchors {
        Some((l, r)) => {
            s.push_str(&"~".repeat(l));
            s.push_str(&"^".repeat(r - l));
            s.push_str(&"~".repeat((end - start).saturating_sub(r)));
        }
        None => s.push_str(&"^".repeat(end.saturating_sub(start).max(1))),
    }
    Some(s)
}

/// Offsets (in characters from the segment start) of the operator or subscript.
fn anchor_offsets(
    text: &str,
    line_start: usize,
    start: usize,
    end: usize,
    a: &(u32, u32, u32, bool),
) -> Option<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let seg: Vec<char> = chars.get(start..end)?.to_vec();
    let col = |byte: u32| -> Option<usize> {
        let b = (byte as usize).checked_sub(line_start)?;
        Some(text.get(..b.min(text.len()))?.chars().count())
    };
    let left_end = col(a.1)?.checked_sub(start)?;
    let right = col(a.2)?.checked_sub(start)?;
    if !a.3 {
        let op: String = seg.get(left_end..right)?.iter().collect();
        let op_off = op.chars().count() - op.trim_start().chars().count();
        let mut l = left_end + op_off;
        let mut r = l + 1;
        let opc: Vec<char> = op.chars().collect();
        if op_off + 1 < opc.len() && !opc[op_off + 1].is_whitespace() {
            r += 1;
        }
        while l < seg.len() && (seg[l].is_whitespace() || seg[l] == ')' || seg[l] == '#') {
            l += 1;
            r += 1;
        }
        Some((l, r.min(seg.len())))
    } else {
        let mut l = left_end;
        let mut r = right + 1;
        while l < seg.len() && seg[l] != '[' {
            l += 1;
        }
        while r < seg.len() && seg[r] != ']' {
            r += 1;
        }
        if r < seg.len() {
            r += 1;
        }
        Some((l, r.min(seg.len())))
    }
}
