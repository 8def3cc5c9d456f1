//! `float(text)`: CPython's accepted spellings (white space, underscores between digits, `inf`/`infinity`/`nan`, Unicode digits) and its error.

use super::error::{PyError, PyResult};
use super::unicode_digits::to_ascii_number;

/// `could not convert string to float: 'x'`.
fn bad(text: &str) -> PyError {
    PyError::value(format!(
        "could not convert string to float: {}",
        skein_grammar::pyrepr::str_repr(text)
    ))
}

/// Removes underscores that sit between two digits; `None` if any other underscore.
fn strip_underscores(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            let before = i.checked_sub(1).and_then(|j| bytes.get(j));
            let after = bytes.get(i + 1);
            if !(before.is_some_and(u8::is_ascii_digit) && after.is_some_and(u8::is_ascii_digit)) {
                return None;
            }
        } else {
            out.push(char::from(b));
        }
    }
    Some(out)
}

/// Whether `s` is `[+-]digits[.digits][(e|E)[+-]digits]` with at least one mantissa digit.
fn is_decimal_literal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let start = i;
    while b.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    let mut mantissa_digits = i - start;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let frac = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        mantissa_digits += i - frac;
    }
    if mantissa_digits == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == exp {
            return false;
        }
    }
    i == b.len()
}

/// `float(text)` for a str argument: correctly rounded; overflow gives `inf` as CPython does.
pub fn parse_float(text: &str) -> PyResult<f64> {
    let ascii = to_ascii_number(text);
    let (negative, body) = match ascii.as_bytes().first() {
        Some(b'-') => (true, &ascii[1..]),
        Some(b'+') => (false, &ascii[1..]),
        _ => (false, ascii.as_str()),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if negative { -v } else { v });
    }
    let cleaned = strip_underscores(&ascii).ok_or_else(|| bad(text))?;
    if !is_decimal_literal(&cleaned) {
        return Err(bad(text));
    }
    cleaned.parse::<f64>().map_err(|_| bad(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_cpython_spellings() {
        let ok = [
            ("  1_000.5e3 ", 1000500.0),
            ("1e1_0", 1e10),
            ("1.", 1.0),
            (".5", 0.5),
            ("٣.٥", 3.5),
            ("1e500", f64::INFINITY),
            ("  -Infinity\n", f64::NEG_INFINITY),
            ("iNfInItY", f64::INFINITY),
            ("-1e-500", -0.0),
            ("0.1", 0.1),
        ];
        for (text, want) in ok {
            let got = parse_float(text).unwrap();
            assert!(
                got == want && got.is_sign_negative() == want.is_sign_negative(),
                "{text:?}"
            );
        }
        assert!(parse_float("+nan").unwrap().is_nan());
        assert!(parse_float("-nan").unwrap().is_nan());
        for text in [
            "x", " 1.5x", "1_.5", ".", "1e", "0x10", "1__0", "infinit", "", "_1", "1_", "1.5_",
            "nan(1)", "in_f", "1 2", "--1", "e5",
        ] {
            let err = parse_float(text).unwrap_err();
            assert_eq!(
                err.message,
                format!(
                    "could not convert string to float: {}",
                    skein_grammar::pyrepr::str_repr(text)
                )
            );
        }
    }
}
