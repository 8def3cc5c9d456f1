//! `str.format` / `str.format_map` templates: CPython's `MarkupIterator`, field-name parsing, auto-numbering and nested specs, driven by a host trait.

use super::error::{ErrorKind, PyError, PyResult};
use super::unicode_digits::decimal_value;

/// One replacement field `{name!conv:spec}` as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field<'a> {
    /// The field name (`0`, `name`, `0.attr[key]`, or empty for auto-numbering).
    pub name: &'a str,
    /// The character after `!`, unchecked.
    pub conversion: Option<char>,
    /// The raw spec after `:` (may hold nested `{...}` fields).
    pub spec: &'a str,
    /// Whether `spec` contains `{` and must be expanded first.
    pub spec_has_fields: bool,
}

/// Pieces of a template: literal text (with `{{`/`}}` already unescaped) and fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Markup<'a> {
    Literal(&'a str),
    Field(Field<'a>),
}

/// CPython's `MarkupIterator`: yields literal runs and fields, with errors when reached.
pub struct MarkupIter<'a> {
    text: &'a str,
    pos: usize,
    pending: Option<Field<'a>>,
    failed: bool,
}

impl<'a> MarkupIter<'a> {
    pub fn new(text: &'a str) -> Self {
        MarkupIter {
            text,
            pos: 0,
            pending: None,
            failed: false,
        }
    }

    fn step(&mut self) -> PyResult<Option<Markup<'a>>> {
        if let Some(field) = self.pending.take() {
            return Ok(Some(Markup::Field(field)));
        }
        let bytes = self.text.as_bytes();
        if self.pos >= bytes.len() {
            return Ok(None);
        }
        let start = self.pos;
        let mut c = 0u8;
        let mut markup = false;
        while self.pos < bytes.len() {
            c = bytes[self.pos];
            self.pos += 1;
            if c == b'{' || c == b'}' {
                markup = true;
                break;
            }
        }
        let at_end = self.pos >= bytes.len();
        let mut len = self.pos - start;
        let next = bytes.get(self.pos).copied();
        if markup && c == b'}' && (at_end || next != Some(b'}')) {
            return Err(PyError::value("Single '}' encountered in format string"));
        }
        if markup && at_end && c == b'{' {
            return Err(PyError::value("Single '{' encountered in format string"));
        }
        if markup {
            if next == Some(c) {
                // An escaped brace: literal text up to and including one brace.
                self.pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        let literal = &self.text[start..start + len];
        if markup {
            self.pending = Some(self.parse_field()?);
        }
        if literal.is_empty() {
            return self.step();
        }
        Ok(Some(Markup::Literal(literal)))
    }

    /// CPython's `parse_field`, at the character after `{`.
    fn parse_field(&mut self) -> PyResult<Field<'a>> {
        let bytes = self.text.as_bytes();
        let name_start = self.pos;
        let mut c = 0u8;
        while self.pos < bytes.len() {
            c = bytes[self.pos];
            self.pos += 1;
            match c {
                b'{' => return Err(PyError::value("unexpected '{' in field name")),
                b'[' => {
                    while self.pos < bytes.len() && bytes[self.pos] != b']' {
                        self.pos += 1;
                    }
                }
                b'}' | b':' | b'!' => break,
                _ => {}
            }
        }
        let mut field = Field {
            name: "",
            conversion: None,
            spec: "",
            spec_has_fields: false,
        };
        if c == b'!' || c == b':' {
            field.name = &self.text[name_start..self.pos - 1];
            if c == b'!' {
                let Some(conv) = self.text[self.pos..].chars().next() else {
                    return Err(PyError::value(
                        "end of string while looking for conversion specifier",
                    ));
                };
                self.pos += conv.len_utf8();
                field.conversion = Some(conv);
                if let Some(&after) = bytes.get(self.pos) {
                    self.pos += 1;
                    if after == b'}' {
                        return Ok(field);
                    }
                    if after != b':' {
                        return Err(PyError::value("expected ':' after conversion specifier"));
                    }
                }
            }
            let spec_start = self.pos;
            let mut depth = 1;
            while self.pos < bytes.len() {
                let b = bytes[self.pos];
                self.pos += 1;
                if b == b'{' {
                    field.spec_has_fields = true;
                    depth += 1;
                } else if b == b'}' {
                    depth -= 1;
                    if depth == 0 {
                        field.spec = &self.text[spec_start..self.pos - 1];
                        return Ok(field);
                    }
                }
            }
            return Err(PyError::value("unmatched '{' in format spec"));
        }
        if c != b'}' {
            return Err(PyError::value("expected '}' before end of string"));
        }
        field.name = &self.text[name_start..self.pos - 1];
        Ok(field)
    }
}

impl<'a> Iterator for MarkupIter<'a> {
    type Item = PyResult<Markup<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let item = self.step().transpose();
        if matches!(item, Some(Err(_))) {
            self.failed = true;
        }
        item
    }
}

/// CPython's `get_integer` over a field name part: `None` when not all decimal digits.
fn field_integer(text: &str) -> PyResult<Option<usize>> {
    if text.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in text.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(PyError::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// The first part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldArg<'a> {
    Index(usize),
    Name(&'a str),
}

/// One `.attr` or `[key]` step after the first part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accessor<'a> {
    Attr(&'a str),
    Index(usize),
    Key(&'a str),
}

/// Auto-numbering state shared by a template and its nested specs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AutoNumber {
    state: Option<bool>,
    next: usize,
}

impl AutoNumber {
    /// Resolves the first part of `name` (`field_name_split`), numbering empty names.
    pub fn first<'a>(&mut self, name: &'a str) -> PyResult<(FieldArg<'a>, &'a str)> {
        let split = name.find(['.', '[']).unwrap_or(name.len());
        let (first, rest) = name.split_at(split);
        let index = field_integer(first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            let auto = *self.state.get_or_insert(empty);
            if auto && !empty {
                return Err(PyError::value(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            if !auto && empty {
                return Err(PyError::value(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
        }
        let arg = match index {
            _ if empty => {
                let i = self.next;
                self.next += 1;
                FieldArg::Index(i)
            }
            Some(i) => FieldArg::Index(i),
            None => FieldArg::Name(first),
        };
        Ok((arg, rest))
    }
}

/// The next `.attr` / `[key]` step of a field name's rest (`FieldNameIterator_next`);
/// `None` at the end.
pub fn next_accessor<'a>(rest: &mut &'a str) -> PyResult<Option<Accessor<'a>>> {
    let s = *rest;
    let Some(first) = s.as_bytes().first() else {
        return Ok(None);
    };
    let (step, remaining) = match first {
        b'.' => {
            let body = &s[1..];
            let end = body.find(['.', '[']).unwrap_or(body.len());
            (Accessor::Attr(&body[..end]), &body[end..])
        }
        b'[' => {
            let body = &s[1..];
            let Some(end) = body.find(']') else {
                return Err(PyError::value("Missing ']' in format string"));
            };
            let key = &body[..end];
            let step = match field_integer(key)? {
                Some(i) => Accessor::Index(i),
                None => Accessor::Key(key),
            };
            (step, &body[end + 1..])
        }
        _ => {
            return Err(PyError::value(
                "Only '.' or '[' may follow ']' in format field specifier",
            ))
        }
    };
    if matches!(step, Accessor::Attr("") | Accessor::Key("")) {
        return Err(PyError::value("Empty attribute in format string"));
    }
    *rest = remaining;
    Ok(Some(step))
}

/// The VM's side of `str.format`.
pub trait FormatHost {
    type Obj;
    type Error: From<PyError>;
    /// `args[index]`, `None` when out of range. For `format_map` return
    /// `Err(ValueError("Format string contains positional fields"))`.
    fn positional(&mut self, index: usize) -> Result<Option<Self::Obj>, Self::Error>;
    /// `kwargs[name]` (KeyError from the host).
    fn keyword(&mut self, name: &str) -> Result<Self::Obj, Self::Error>;
    fn getattr(&mut self, obj: &Self::Obj, name: &str) -> Result<Self::Obj, Self::Error>;
    /// `obj[index]` for a `[digits]` accessor.
    fn getitem_index(&mut self, obj: &Self::Obj, index: usize) -> Result<Self::Obj, Self::Error>;
    /// `obj['key']` for any other `[key]` accessor.
    fn getitem_str(&mut self, obj: &Self::Obj, key: &str) -> Result<Self::Obj, Self::Error>;
    /// `repr(obj)`, `str(obj)` or `ascii(obj)` for `!r`, `!s`, `!a` (as a str object).
    fn convert(&mut self, obj: Self::Obj, conversion: char) -> Result<Self::Obj, Self::Error>;
    /// `format(obj, spec)`.
    fn format(&mut self, obj: &Self::Obj, spec: &str) -> Result<String, Self::Error>;
}

/// `Unknown conversion specifier x`.
fn conversion_error(c: char) -> PyError {
    let code = c as u32;
    if code > 32 && code < 127 {
        PyError::value(format!("Unknown conversion specifier {c}"))
    } else {
        PyError::value(format!("Unknown conversion specifier \\x{code:x}"))
    }
}

fn build<H: FormatHost>(
    template: &str,
    host: &mut H,
    depth: u32,
    auto: &mut AutoNumber,
    out: &mut String,
) -> Result<(), H::Error> {
    if depth == 0 {
        return Err(PyError::value("Max string recursion exceeded").into());
    }
    for piece in MarkupIter::new(template) {
        let field = match piece? {
            Markup::Literal(text) => {
                out.push_str(text);
                continue;
            }
            Markup::Field(field) => field,
        };
        let (first, mut rest) = auto.first(field.name)?;
        let mut obj = match first {
            FieldArg::Index(i) => host.positional(i)?.ok_or_else(|| {
                PyError::new(
                    ErrorKind::IndexError,
                    format!("Replacement index {i} out of range for positional args tuple"),
                )
            })?,
            FieldArg::Name(name) => host.keyword(name)?,
        };
        while let Some(step) = next_accessor(&mut rest)? {
            obj = match step {
                Accessor::Attr(name) => host.getattr(&obj, name)?,
                Accessor::Index(i) => host.getitem_index(&obj, i)?,
                Accessor::Key(key) => host.getitem_str(&obj, key)?,
            };
        }
        if let Some(c) = field.conversion {
            if !matches!(c, 'r' | 's' | 'a') {
                return Err(conversion_error(c).into());
            }
            obj = host.convert(obj, c)?;
        }
        if field.spec_has_fields {
            let mut spec = String::new();
            build(field.spec, host, depth - 1, auto, &mut spec)?;
            out.push_str(&host.format(&obj, &spec)?);
        } else {
            out.push_str(&host.format(&obj, field.spec)?);
        }
    }
    Ok(())
}

/// `template.format(*args, **kwargs)` (and `format_map`): CPython's `build_string` with
/// its recursion limit of 2, auto-numbering across nested specs, and its errors in order.
pub fn str_format<H: FormatHost>(template: &str, host: &mut H) -> Result<String, H::Error> {
    let mut out = String::with_capacity(template.len() + 16);
    build(template, host, 2, &mut AutoNumber::default(), &mut out)?;
    Ok(out)
}
