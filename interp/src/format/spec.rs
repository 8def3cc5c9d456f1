//! The format-spec mini-language `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`: parsing and CPython's parse-time errors.

use super::error::{PyError, PyResult};
use super::unicode_digits::decimal_value;

/// Thousands separators requested by the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// `,`: every three digits.
    Comma,
    /// `_`: every three digits for decimal types, every four for `b o x X`.
    Underscore,
}

impl Grouping {
    pub fn char(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec, before the value's type picks defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character (`' '` unless given).
    pub fill: char,
    /// Whether a fill character was written before the alignment.
    pub fill_specified: bool,
    /// `<`, `>`, `^` or `=`; `None` means the type's default.
    pub align: Option<char>,
    /// `+`, `-` or `' '`; `None` when absent.
    pub sign: Option<char>,
    /// The `z` flag: negative zero prints as zero.
    pub no_neg_zero: bool,
    /// The `#` flag.
    pub alternate: bool,
    /// The `0` flag before the width (only recorded when no fill was given).
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type; `None` when absent.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            fill_specified: false,
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads ASCII digits at `pos`; `None` when there are none. CPython's `get_integer`.
fn read_integer(chars: &[char], pos: &mut usize) -> PyResult<Option<usize>> {
    let start = *pos;
    let mut acc: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| decimal_value(*c)) {
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(PyError::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(acc) })
}

/// `Cannot specify ',' with 'x'.` (CPython's `invalid_thousands_separator_type`).
pub(crate) fn grouping_type_error(sep: char, ty: char) -> PyError {
    let code = ty as u32;
    if code > 32 && code < 128 {
        PyError::value(format!("Cannot specify '{sep}' with '{ty}'."))
    } else {
        PyError::value(format!("Cannot specify '{sep}' with '\\x{code:x}'."))
    }
}

/// `Unknown format code 'd' for object of type 'str'`.
pub fn unknown_code_error(ty: char, type_name: &str) -> PyError {
    let code = ty as u32;
    if code > 32 && code < 128 {
        PyError::value(format!(
            "Unknown format code '{ty}' for object of type '{type_name}'"
        ))
    } else {
        PyError::value(format!(
            "Unknown format code '\\x{code:x}' for object of type '{type_name}'"
        ))
    }
}

impl FormatSpec {
    /// Parses `spec` as CPython's `parse_internal_render_format_spec` does; `type_name` is
    /// the formatted object's type name, used in the "Invalid format specifier" message.
    pub fn parse(spec: &str, type_name: &str) -> PyResult<FormatSpec> {
        let chars: Vec<char> = spec.chars().collect();
        let end = chars.len();
        let mut out = FormatSpec::default();
        let mut pos = 0;
        let at = |i: usize| chars.get(i).copied();

        if end >= 2 && at(1).is_some_and(is_align) {
            out.fill = chars[0];
            out.align = at(1);
            out.fill_specified = true;
            pos = 2;
        } else if end >= 1 && at(0).is_some_and(is_align) {
            out.align = at(0);
            pos = 1;
        }
        if let Some(c @ ('+' | '-' | ' ')) = at(pos) {
            out.sign = Some(c);
            pos += 1;
        }
        if at(pos) == Some('z') {
            out.no_neg_zero = true;
            pos += 1;
        }
        if at(pos) == Some('#') {
            out.alternate = true;
            pos += 1;
        }
        if !out.fill_specified && at(pos) == Some('0') {
            out.zero_pad = true;
            pos += 1;
        }
        out.width = read_integer(&chars, &mut pos)?;
        if at(pos) == Some(',') {
            out.grouping = Some(Grouping::Comma);
            pos += 1;
        }
        if at(pos) == Some('_') {
            if out.grouping.is_some() {
                return Err(PyError::value("Cannot specify both ',' and '_'."));
            }
            out.grouping = Some(Grouping::Underscore);
            pos += 1;
        }
        if at(pos) == Some(',') && out.grouping == Some(Grouping::Underscore) {
            return Err(PyError::value("Cannot specify both ',' and '_'."));
        }
        if at(pos) == Some('.') {
            pos += 1;
            out.precision = read_integer(&chars, &mut pos)?;
            if out.precision.is_none() {
                return Err(PyError::value("Format specifier missing precision"));
            }
        }
        if end - pos > 1 {
            return Err(PyError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
        if end - pos == 1 {
            out.ty = at(pos);
        }
        if let Some(g) = out.grouping {
            match out.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
                Some('b' | 'o' | 'x' | 'X') if g == Grouping::Underscore => {}
                Some(t) => return Err(grouping_type_error(g.char(), t)),
            }
        }
        Ok(out)
    }

    /// Digits per group: 4 for `_` with `b o x X`, else 3.
    pub fn group_size(&self) -> usize {
        match (self.grouping, self.ty) {
            (Some(Grouping::Underscore), Some('b' | 'o' | 'x' | 'X')) => 4,
            _ => 3,
        }
    }

    /// The fill and alignment for a number: the `0` flag means fill `0` and, with no
    /// explicit alignment, `=`.
    pub(crate) fn number_fill_align(&self) -> (char, char) {
        let fill = if self.zero_pad { '0' } else { self.fill };
        let align = match self.align {
            Some(a) => a,
            None if self.zero_pad => '=',
            None => '>',
        };
        (fill, align)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_field() {
        let s = FormatSpec::parse("*^+z#012,.3f", "float").unwrap();
        assert_eq!(s.fill, '*');
        assert_eq!(s.align, Some('^'));
        assert_eq!(s.sign, Some('+'));
        assert!(s.no_neg_zero && s.alternate);
        assert!(
            !s.zero_pad,
            "'0' after an explicit fill is part of the width"
        );
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some(Grouping::Comma));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
        let s = FormatSpec::parse("\u{663}.\u{661}", "float").unwrap();
        assert_eq!(
            (s.width, s.precision),
            (Some(3), Some(1)),
            "Unicode digits count"
        );
        let s = FormatSpec::parse("010", "int").unwrap();
        assert!(s.zero_pad);
        assert_eq!(s.width, Some(10));
        assert_eq!(FormatSpec::parse("", "int").unwrap(), FormatSpec::default());
    }

    #[test]
    fn parse_errors_match_cpython() {
        let cases = [
            (
                "abc",
                "int",
                "Invalid format specifier 'abc' for object of type 'int'",
            ),
            (".", "int", "Format specifier missing precision"),
            (",_", "int", "Cannot specify both ',' and '_'."),
            ("_,", "int", "Cannot specify both ',' and '_'."),
            (
                "d,",
                "int",
                "Invalid format specifier 'd,' for object of type 'int'",
            ),
            (",s", "str", "Cannot specify ',' with 's'."),
            (",n", "int", "Cannot specify ',' with 'n'."),
            (",b", "int", "Cannot specify ',' with 'b'."),
            ("_n", "float", "Cannot specify '_' with 'n'."),
            ("_c", "int", "Cannot specify '_' with 'c'."),
            (",\u{1}", "int", "Cannot specify ',' with '\\x1'."),
            (
                "99999999999999999999",
                "int",
                "Too many decimal digits in format string",
            ),
            (
                ".99999999999999999999",
                "int",
                "Too many decimal digits in format string",
            ),
        ];
        for (spec, ty, msg) in cases {
            let err = FormatSpec::parse(spec, ty).unwrap_err();
            assert_eq!(err.message, msg, "spec {spec:?}");
        }
    }
}
