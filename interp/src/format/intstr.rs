//! Conversions between `int` and text: `int(s, base)`, `str(int)` under CPython 3.11's digit limit, `bin`/`oct`/`hex`, int to float.

use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::error::{PyError, PyResult};
use super::unicode_digits::to_ascii_number;

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_INT_MAX_STR_DIGITS: usize = 4300;
/// Below this many digits the limit is never checked (`_PY_LONG_MAX_STR_DIGITS_THRESHOLD`).
pub const INT_MAX_STR_DIGITS_THRESHOLD: usize = 640;

static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_INT_MAX_STR_DIGITS);

/// `sys.get_int_max_str_digits()`; 0 means no limit.
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`, with its `ValueError` for `0 < n < 640`.
pub fn set_int_max_str_digits(n: i64) -> PyResult<()> {
    match usize::try_from(n) {
        Ok(n) if n == 0 || n >= INT_MAX_STR_DIGITS_THRESHOLD => {
            INT_MAX_STR_DIGITS.store(n, Ordering::Relaxed);
            Ok(())
        }
        _ => Err(PyError::value(format!(
            "maxdigits must be 0 or larger than {INT_MAX_STR_DIGITS_THRESHOLD}"
        ))),
    }
}

fn to_str_error(limit: usize) -> PyError {
    PyError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `ValueError` if `str(value)` would have more decimal digits than the limit.
pub fn check_str_digits(value: &BigInt) -> PyResult<()> {
    let limit = int_max_str_digits();
    if limit == 0 {
        return Ok(());
    }
    let bits = value.bits();
    // A value of `bits` bits has at least floor((bits - 1) * log10(2)) + 1 digits.
    let min_digits = ((bits.saturating_sub(1)) as f64 * std::f64::consts::LOG10_2) as u64 + 1;
    if min_digits > limit as u64 {
        return Err(to_str_error(limit));
    }
    // At most ceil(bits * log10(2)) digits: only near the limit do we need to count.
    let max_digits = (bits as f64 * std::f64::consts::LOG10_2).ceil() as u64 + 1;
    if max_digits > limit as u64 {
        let digits = value.magnitude().to_str_radix(10).len();
        if digits > limit {
            return Err(to_str_error(limit));
        }
    }
    Ok(())
}

/// `str(value)` / `repr(value)` for an int, with CPython 3.11's digit limit.
pub fn int_to_decimal(value: &BigInt) -> PyResult<String> {
    check_str_digits(value)?;
    Ok(value.to_str_radix(10))
}

fn with_prefix(negative: bool, prefix: &str, digits: String) -> String {
    let mut out = String::with_capacity(digits.len() + 3);
    if negative {
        out.push('-');
    }
    out.push_str(prefix);
    out.push_str(&digits);
    out
}

/// `bin(value)`: `-0b101`.
pub fn int_to_bin(value: &BigInt) -> String {
    with_prefix(value.is_negative(), "0b", value.magnitude().to_str_radix(2))
}

/// `oct(value)`: `-0o17`.
pub fn int_to_oct(value: &BigInt) -> String {
    with_prefix(value.is_negative(), "0o", value.magnitude().to_str_radix(8))
}

/// `hex(value)`: `-0x1f`.
pub fn int_to_hex(value: &BigInt) -> String {
    with_prefix(
        value.is_negative(),
        "0x",
        value.magnitude().to_str_radix(16),
    )
}

/// `float(value)` for an int: correctly rounded; `OverflowError: int too large to convert
/// to float` past the largest float.
pub fn int_to_float(value: &BigInt) -> PyResult<f64> {
    match value.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(PyError::overflow("int too large to convert to float")),
    }
}

/// `int() base must be >= 2 and <= 36, or 0` unless `base` is valid.
pub fn check_base(base: i64) -> PyResult<u32> {
    if base == 0 || (2..=36).contains(&base) {
        Ok(base as u32)
    } else {
        Err(PyError::value("int() base must be >= 2 and <= 36, or 0"))
    }
}

/// `invalid literal for int() with base 10: 'x'` (the repr cut to 200 characters).
fn invalid_literal(text: &str, base: u32) -> PyError {
    let repr: String = skein_grammar::pyrepr::str_repr(text)
        .chars()
        .take(200)
        .collect();
    PyError::value(format!(
        "invalid literal for int() with base {base}: {repr}"
    ))
}

/// `int(text, base)`: white space around, a sign, a `0x`/`0o`/`0b` prefix matching the
/// base (any with base 0, where other leading zeros are refused), single underscores
/// between digits (and after a prefix), Unicode decimal digits; CPython 3.11's digit
/// limit for bases that are not powers of two.
pub fn parse_int(text: &str, base: i64) -> PyResult<BigInt> {
    let base_u = check_base(base)?;
    let ascii = to_ascii_number(text);
    let bad = || invalid_literal(text, base_u);
    let mut s = ascii.as_str();
    let negative = match s.as_bytes().first() {
        Some(b'-') => {
            s = &s[1..];
            true
        }
        Some(b'+') => {
            s = &s[1..];
            false
        }
        _ => false,
    };
    let lower = s.get(..2).map(|p| p.to_ascii_lowercase());
    let prefix_base = match lower.as_deref() {
        Some("0x") => Some(16),
        Some("0o") => Some(8),
        Some("0b") => Some(2),
        _ => None,
    };
    let mut base = base_u;
    let mut after_prefix = false;
    if let Some(pb) = prefix_base {
        if base == 0 || base == pb {
            base = pb;
            s = &s[2..];
            after_prefix = true;
        }
    }
    if base == 0 {
        // Base 0 with no prefix: decimal, and "0" may not lead other digits.
        base = 10;
        let trimmed = s.trim_start_matches(['0', '_']);
        if s.starts_with('0') && trimmed.bytes().any(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
    }
    // Digits with single underscores between them (one may follow the prefix).
    let mut digits = String::with_capacity(s.len());
    let mut prev_underscore = false;
    for (i, c) in s.chars().enumerate() {
        if c == '_' {
            if prev_underscore || (i == 0 && !after_prefix) {
                return Err(bad());
            }
            prev_underscore = true;
            continue;
        }
        if c.to_digit(base).is_none() {
            return Err(bad());
        }
        digits.push(c);
        prev_underscore = false;
    }
    if prev_underscore || digits.is_empty() {
        return Err(bad());
    }
    let limit = int_max_str_digits();
    if !base.is_power_of_two()
        && digits.len() > INT_MAX_STR_DIGITS_THRESHOLD
        && limit > 0
        && digits.len() > limit
    {
        return Err(PyError::value(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    let magnitude = BigInt::parse_bytes(digits.as_bytes(), base).ok_or_else(bad)?;
    Ok(if negative { -magnitude } else { magnitude })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str, base: i64) -> String {
        parse_int(text, base).unwrap().to_string()
    }

    fn err(text: &str, base: i64) -> String {
        parse_int(text, base).unwrap_err().message
    }

    #[test]
    fn parse_int_matches_cpython() {
        assert_eq!(ok("0000123", 10), "123");
        assert_eq!(ok(" 12_3 ", 10), "123");
        assert_eq!(ok("１２３", 16), "291");
        assert_eq!(ok("0x_1f", 0), "31");
        assert_eq!(ok("0x_1f", 16), "31");
        assert_eq!(ok("0b", 16), "11");
        assert_eq!(ok("0_0", 0), "0");
        assert_eq!(ok("00", 0), "0");
        assert_eq!(ok("-0x1f", 0), "-31");
        assert_eq!(ok(" 0o17 ", 0), "15");
        assert_eq!(ok("0X1F", 0), "31");
        assert_eq!(ok("٣", 0), "3");
        assert_eq!(ok("-0", 10), "0");
        assert_eq!(ok("z", 36), "35");
        assert_eq!(
            err("0000123", 0),
            "invalid literal for int() with base 0: '0000123'"
        );
        assert_eq!(
            err("0x_1f", 10),
            "invalid literal for int() with base 10: '0x_1f'"
        );
        assert_eq!(err("0b", 0), "invalid literal for int() with base 0: '0b'");
        assert_eq!(
            err("012", 0),
            "invalid literal for int() with base 0: '012'"
        );
        assert_eq!(
            err("+ 1", 16),
            "invalid literal for int() with base 16: '+ 1'"
        );
        assert_eq!(
            err("1__2", 10),
            "invalid literal for int() with base 10: '1__2'"
        );
        assert_eq!(
            err("_1", 10),
            "invalid literal for int() with base 10: '_1'"
        );
        assert_eq!(err("1_", 0), "invalid literal for int() with base 0: '1_'");
        assert_eq!(err("", 10), "invalid literal for int() with base 10: ''");
        assert_eq!(err("x", 37), "int() base must be >= 2 and <= 36, or 0");
        let long = "x".repeat(300);
        assert_eq!(
            err(&long, 10),
            format!(
                "invalid literal for int() with base 10: '{}",
                "x".repeat(199)
            )
        );
    }

    #[test]
    fn digit_limit() {
        let msg = "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit";
        assert_eq!(err(&"0".repeat(4301), 10), msg);
        assert_eq!(
            err(
                &"1_"
                    .repeat(4300)
                    .chars()
                    .chain("1".chars())
                    .collect::<String>(),
                10
            ),
            msg
        );
        assert!(parse_int(&"1".repeat(5000), 16).is_ok());
        assert_eq!(ok(&"1".repeat(4300), 10).len(), 4300);
        let big = BigInt::from(10).pow(4300);
        let msg = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
        assert_eq!(int_to_decimal(&big).unwrap_err().message, msg);
        assert_eq!(int_to_decimal(&(big - 1)).unwrap().len(), 4300);
        assert_eq!(
            int_to_decimal(&BigInt::from(10).pow(100000))
                .unwrap_err()
                .message,
            msg
        );
    }

    #[test]
    fn bases() {
        assert_eq!(int_to_hex(&BigInt::from(-31)), "-0x1f");
        assert_eq!(int_to_oct(&BigInt::from(8)), "0o10");
        assert_eq!(int_to_bin(&BigInt::from(0)), "0b0");
        assert_eq!(
            int_to_float(&BigInt::from(10).pow(400))
                .unwrap_err()
                .message,
            "int too large to convert to float"
        );
    }
}
