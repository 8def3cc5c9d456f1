//! `format(int, spec)` and `format(float, spec)`: CPython's `format_long_internal` and `format_float_internal`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::dtoa::{double_to_string, DtoaFlags};
use super::error::{PyError, PyResult};
use super::intstr::{check_str_digits, int_to_float};
use super::layout::{layout, Field, NumberParts};
use super::spec::{unknown_code_error, FormatSpec};

fn field(spec: &FormatSpec, ty: char) -> Field {
    let (fill, align) = spec.number_fill_align();
    let grouping = match ty {
        'n' => None,
        _ => spec.grouping.map(|g| (g.char(), spec.group_size())),
    };
    Field {
        fill,
        align,
        width: spec.width,
        sign: spec.sign,
        grouping,
    }
}

/// An int to format: the VM passes its small-int fast path or its big integer.
#[derive(Debug, Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntRef::Small(v) => v < 0,
            IntRef::Big(v) => v.is_negative(),
        }
    }

    /// The magnitude's digits in `base`, lowercase; decimal obeys the str-digits limit.
    fn magnitude_digits(self, base: u32) -> PyResult<String> {
        match self {
            IntRef::Small(v) => {
                let m = v.unsigned_abs();
                Ok(match base {
                    2 => format!("{m:b}"),
                    8 => format!("{m:o}"),
                    16 => format!("{m:x}"),
                    _ => m.to_string(),
                })
            }
            IntRef::Big(v) => {
                if base == 10 {
                    check_str_digits(v)?;
                }
                Ok(v.magnitude().to_str_radix(base))
            }
        }
    }

    fn to_f64(self) -> PyResult<f64> {
        match self {
            IntRef::Small(v) => Ok(v as f64),
            IntRef::Big(v) => int_to_float(v),
        }
    }

    fn to_char(self) -> PyResult<char> {
        let v = match self {
            IntRef::Small(v) => v,
            IntRef::Big(v) => v
                .to_i64()
                .ok_or_else(|| PyError::overflow("Python int too large to convert to C long"))?,
        };
        u32::try_from(v)
            .ok()
            .filter(|c| *c < 0x110000)
            .and_then(|c| char::from_u32(c).or(Some('\u{FFFD}')))
            .ok_or_else(|| PyError::overflow("%c arg not in range(0x110000)"))
    }
}

/// `format(value, spec)` for an `int` (`type_name` is `int`, or a subclass's name such as
/// `bool`). Types `b c d o x X n` and none; `e E f F g G %` convert to float. An empty
/// spec gives `str(value)` (for `bool` the VM must print `True` itself).
pub fn format_int(value: IntRef<'_>, spec: &FormatSpec, type_name: &str) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float(value.to_f64()?, spec, type_name);
        }
        other => return Err(unknown_code_error(other, type_name)),
    }
    if spec.precision.is_some() {
        return Err(PyError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(PyError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let field = field(spec, ty);
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(PyError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(PyError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let c = value.to_char()?.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &c,
        };
        return layout(&parts, &field);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = value.magnitude_digits(base)?;
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: value.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    layout(&parts, &field)
}

/// `format(value, spec)` for a `float`: types `e E f F g G n %` and none (none: `repr`
/// without a precision, else like `g` with at least one digit after the point).
pub fn format_float(value: f64, spec: &FormatSpec, type_name: &str) -> PyResult<String> {
    let ty = spec.ty;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(other) => return Err(unknown_code_error(other, type_name)),
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(PyError::value("precision too big"));
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtoaFlags::default()
    };
    let mut code = ty.unwrap_or('r');
    let mut default_precision = 6;
    if ty.is_none() {
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if code == 'n' {
        code = 'g';
    }
    let mut value = value;
    let mut percent = false;
    if code == '%' {
        code = 'f';
        value *= 100.0;
        percent = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut text = double_to_string(value, code, precision, flags)?;
    if percent {
        text.push('%');
    }
    // CPython's fast path: nothing to lay out.
    if spec.width.is_none()
        && spec.grouping.is_none()
        && matches!(spec.sign, None | Some('-'))
        && ty != Some('n')
    {
        return Ok(text);
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let int_len = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, rest) = body.split_at(int_len);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    layout(&parts, &field(spec, code))
}

/// `format(value, spec)` for a big int given as `&BigInt`: see [`format_int`].
pub fn format_bigint(value: &BigInt, spec: &FormatSpec, type_name: &str) -> PyResult<String> {
    match value.to_i64() {
        Some(v) => format_int(IntRef::Small(v), spec, type_name),
        None => format_int(IntRef::Big(value), spec, type_name),
    }
}
