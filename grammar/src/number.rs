//! Numeric literals: scanning ints, floats and imaginaries the way CPython 3.11's tokenizer does, with its error messages and error positions.

use num_bigint::BigInt;

/// A scanned numeric literal's value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Number {
    Int(BigInt),
    Float(f64),
    Imag(f64),
}

/// A numeric literal error: CPython's message and the byte range (relative to the
/// scanned text) that its caret covers. `start == end` is a single-character point.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NumberError {
    pub message: String,
    pub start: usize,
    pub end: usize,
}

fn point(message: impl Into<String>, at: usize) -> NumberError {
    NumberError {
        message: message.into(),
        start: at,
        end: at,
    }
}

fn byte(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// Only ASCII counts here: CPython 3.11 ends a literal before a non-ASCII character
/// and judges that character as the next token.
fn is_potential_identifier_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// CPython 3.11 lets a literal run straight into `and`, `else`, `for`, `if`, `in`,
/// `is`, `not`, `or` (with a warning only), because real code such as `1if x else y`
/// exists; any other identifier character glued to a number is an error. `i` is the
/// position of the character after the literal; errors point at the literal's last
/// character, as CPython's do.
fn verify_end(b: &[u8], i: usize, kind: &str) -> Result<(), NumberError> {
    let c = byte(b, i);
    let rest = b.get(i + 1..).unwrap_or(&[]);
    // CPython's `lookahead`: the rest of the keyword, then no identifier character
    // (non-ASCII counts here). After `i` it checks only one more letter.
    let word = |tail: &[u8]| {
        rest.starts_with(tail) && {
            let next = rest.get(tail.len()).copied().unwrap_or(0);
            !(is_potential_identifier_char(next) || next >= 0x80)
        }
    };
    let keyword_follows = match c {
        b'a' => word(b"nd"),
        b'e' => word(b"lse"),
        b'f' => word(b"or"),
        b'i' => matches!(rest.first(), Some(b'f' | b'n' | b's')),
        b'o' => word(b"r"),
        b'n' => word(b"ot"),
        _ => false,
    };
    if !keyword_follows && is_potential_identifier_char(c) {
        return Err(point(
            format!("invalid {kind} literal"),
            i.saturating_sub(1),
        ));
    }
    Ok(())
}

/// Digits and single underscores between digits, starting at a digit.
fn decimal_tail(b: &[u8], mut i: usize) -> Result<usize, NumberError> {
    loop {
        while byte(b, i).is_ascii_digit() {
            i += 1;
        }
        if byte(b, i) != b'_' {
            return Ok(i);
        }
        if !byte(b, i + 1).is_ascii_digit() {
            return Err(point("invalid decimal literal", i));
        }
        i += 1;
    }
}

/// Digits of a prefixed literal (`0x`, `0o`, `0b`) starting after the prefix.
fn radix_digits(b: &[u8], radix: u32, kind: &str) -> Result<usize, NumberError> {
    let mut i = 2;
    loop {
        if byte(b, i) == b'_' {
            i += 1;
        }
        let c = byte(b, i);
        if !(c as char).is_digit(radix) {
            if radix < 10 && c.is_ascii_digit() {
                return Err(point(
                    format!("invalid digit '{}' in {kind} literal", c as char),
                    i,
                ));
            }
            return Err(point(format!("invalid {kind} literal"), i - 1));
        }
        while (byte(b, i) as char).is_digit(radix) {
            i += 1;
        }
        if byte(b, i) != b'_' {
            break;
        }
    }
    let c = byte(b, i);
    if radix < 10 && c.is_ascii_digit() {
        return Err(point(
            format!("invalid digit '{}' in {kind} literal", c as char),
            i,
        ));
    }
    verify_end(b, i, kind)?;
    Ok(i)
}

fn int_value(digits: &[u8], radix: u32) -> BigInt {
    let mut small: u64 = 0;
    let mut fits = true;
    for &d in digits {
        if d == b'_' {
            continue;
        }
        let v = (d as char).to_digit(radix).unwrap_or(0) as u64;
        match small
            .checked_mul(radix as u64)
            .and_then(|s| s.checked_add(v))
        {
            Some(s) => small = s,
            None => {
                fits = false;
                break;
            }
        }
    }
    if fits {
        return BigInt::from(small);
    }
    let cleaned: Vec<u8> = digits.iter().copied().filter(|&d| d != b'_').collect();
    BigInt::parse_bytes(&cleaned, radix).unwrap_or_default()
}

fn float_value(text: &[u8]) -> f64 {
    let parse = |s: &[u8]| {
        std::str::from_utf8(s)
            .ok()
            .and_then(|s| s.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    if text.contains(&b'_') {
        let cleaned: Vec<u8> = text.iter().copied().filter(|&d| d != b'_').collect();
        parse(&cleaned)
    } else {
        parse(text)
    }
}

/// Scans the numeric literal at the start of `text` (which starts with a digit, or with
/// `.` and a digit). Returns the literal's length in bytes and its value.
pub(crate) fn scan_number(text: &str) -> Result<(usize, Number), NumberError> {
    let b = text.as_bytes();
    let mut i;
    let mut is_float = false;
    let first = byte(b, 0);
    if first == b'.' {
        is_float = true;
        i = decimal_tail(b, 1)?;
    } else if first == b'0' {
        match byte(b, 1) {
            b'x' | b'X' => {
                let end = radix_digits(b, 16, "hexadecimal")?;
                return Ok((
                    end,
                    Number::Int(int_value(b.get(2..end).unwrap_or(&[]), 16)),
                ));
            }
            b'o' | b'O' => {
                let end = radix_digits(b, 8, "octal")?;
                return Ok((end, Number::Int(int_value(b.get(2..end).unwrap_or(&[]), 8))));
            }
            b'b' | b'B' => {
                let end = radix_digits(b, 2, "binary")?;
                return Ok((end, Number::Int(int_value(b.get(2..end).unwrap_or(&[]), 2))));
            }
            _ => {}
        }
        i = 1;
        loop {
            if byte(b, i) == b'_' {
                i += 1;
                if !byte(b, i).is_ascii_digit() {
                    return Err(point("invalid decimal literal", i - 1));
                }
            }
            if byte(b, i) != b'0' {
                break;
            }
            i += 1;
        }
        let zeros_end = i;
        let nonzero = byte(b, i).is_ascii_digit();
        if nonzero {
            i = decimal_tail(b, i)?;
        }
        match byte(b, i) {
            b'.' => {
                is_float = true;
                i += 1;
                if byte(b, i).is_ascii_digit() {
                    i = decimal_tail(b, i)?;
                }
            }
            b'e' | b'E' | b'j' | b'J' => {}
            _ if nonzero => {
                return Err(NumberError {
                    message: "leading zeros in decimal integer literals are not permitted; \
                              use an 0o prefix for octal integers"
                        .into(),
                    start: 0,
                    end: zeros_end,
                });
            }
            _ => {
                verify_end(b, i, "decimal")?;
                return Ok((i, Number::Int(BigInt::from(0u8))));
            }
        }
    } else {
        i = decimal_tail(b, 0)?;
        if byte(b, i) == b'.' {
            is_float = true;
            i += 1;
            if byte(b, i).is_ascii_digit() {
                i = decimal_tail(b, i)?;
            }
        }
    }
    if matches!(byte(b, i), b'e' | b'E') {
        let e_pos = i;
        i += 1;
        if matches!(byte(b, i), b'+' | b'-') {
            i += 1;
            if !byte(b, i).is_ascii_digit() {
                return Err(point("invalid decimal literal", i - 1));
            }
        } else if !byte(b, i).is_ascii_digit() {
            // `1else`: the `e` starts the next token, not an exponent.
            verify_end(b, e_pos, "decimal")?;
            return Ok((e_pos, finish(b.get(..e_pos).unwrap_or(&[]), is_float)));
        }
        is_float = true;
        i = decimal_tail(b, i)?;
    }
    if matches!(byte(b, i), b'j' | b'J') {
        let value = float_value(b.get(..i).unwrap_or(&[]));
        i += 1;
        verify_end(b, i, "imaginary")?;
        return Ok((i, Number::Imag(value)));
    }
    verify_end(b, i, "decimal")?;
    Ok((i, finish(b.get(..i).unwrap_or(&[]), is_float)))
}

fn finish(text: &[u8], is_float: bool) -> Number {
    if is_float {
        Number::Float(float_value(text))
    } else {
        Number::Int(int_value(text, 10))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> (usize, Number) {
        match scan_number(text) {
            Ok(r) => r,
            Err(e) => panic!("{text:?}: {e:?}"),
        }
    }

    fn err(text: &str) -> (String, usize, usize) {
        match scan_number(text) {
            Ok(r) => panic!("{text:?} scanned as {r:?}"),
            Err(e) => (e.message, e.start, e.end),
        }
    }

    fn int(n: i64) -> Number {
        Number::Int(BigInt::from(n))
    }

    #[test]
    fn integers() {
        assert_eq!(ok("0"), (1, int(0)));
        assert_eq!(ok("00"), (2, int(0)));
        assert_eq!(ok("0_0"), (3, int(0)));
        assert_eq!(ok("123 "), (3, int(123)));
        assert_eq!(ok("1_000_000"), (9, int(1_000_000)));
        assert_eq!(ok("0xff"), (4, int(255)));
        assert_eq!(ok("0XF_F"), (5, int(255)));
        assert_eq!(ok("0x_f"), (4, int(15)));
        assert_eq!(ok("0o17"), (4, int(15)));
        assert_eq!(ok("0b_1_0"), (6, int(2)));
        assert_eq!(ok("1if"), (1, int(1)));
        assert_eq!(ok("0x1for"), (4, int(31)));
        assert_eq!(ok("1else"), (1, int(1)));
        assert_eq!(ok("1in"), (1, int(1)));
        assert_eq!(ok("1ifx"), (1, int(1)));
        assert_eq!(ok("1or("), (1, int(1)));
        let big = "123456789012345678901234567890";
        assert_eq!(
            ok(big),
            (
                big.len(),
                Number::Int(BigInt::parse_bytes(big.as_bytes(), 10).unwrap_or_default())
            )
        );
    }

    #[test]
    fn floats_and_imaginaries() {
        assert_eq!(ok("1.5"), (3, Number::Float(1.5)));
        assert_eq!(ok("1."), (2, Number::Float(1.0)));
        assert_eq!(ok(".5"), (2, Number::Float(0.5)));
        assert_eq!(ok("1.e5"), (4, Number::Float(1e5)));
        assert_eq!(ok("1e5"), (3, Number::Float(1e5)));
        assert_eq!(ok("1E-5"), (4, Number::Float(1e-5)));
        assert_eq!(ok("1_0.0_1e+1_0"), (12, Number::Float(10.01e10)));
        assert_eq!(ok("09.5"), (4, Number::Float(9.5)));
        assert_eq!(ok("00.5"), (4, Number::Float(0.5)));
        assert_eq!(ok("0e0"), (3, Number::Float(0.0)));
        assert_eq!(ok("1e400"), (5, Number::Float(f64::INFINITY)));
        assert_eq!(ok("2j"), (2, Number::Imag(2.0)));
        assert_eq!(ok("09j"), (3, Number::Imag(9.0)));
        assert_eq!(ok("1.5e3J"), (6, Number::Imag(1500.0)));
        assert_eq!(ok("1_000j"), (6, Number::Imag(1000.0)));
    }

    #[test]
    fn errors_match_cpython() {
        let dec = "invalid decimal literal".to_string();
        assert_eq!(err("1abc"), (dec.clone(), 0, 0));
        assert_eq!(err("1_"), (dec.clone(), 1, 1));
        assert_eq!(err("1__0"), (dec.clone(), 1, 1));
        assert_eq!(err("1e"), (dec.clone(), 0, 0));
        assert_eq!(err("1e+"), (dec.clone(), 2, 2));
        assert_eq!(err("1.5_"), (dec.clone(), 3, 3));
        assert_eq!(err("1.__class__"), (dec.clone(), 1, 1));
        assert_eq!(err("1.5abc"), (dec.clone(), 2, 2));
        assert_eq!(err("1e5x"), (dec.clone(), 2, 2));
        assert_eq!(err("1e_5"), (dec.clone(), 0, 0));
        assert_eq!(err("1_e5"), (dec.clone(), 1, 1));
        assert_eq!(err("1._1"), (dec.clone(), 1, 1));
        // A keyword only counts when it ends there: `.0format` is an error.
        assert_eq!(err(".0format"), (dec.clone(), 1, 1));
        assert_eq!(err("1orx"), (dec.clone(), 0, 0));
        assert_eq!(err("1andé"), (dec, 0, 0));
        assert_eq!(err("1jx"), ("invalid imaginary literal".into(), 1, 1));
        let hex = "invalid hexadecimal literal".to_string();
        assert_eq!(err("0x"), (hex.clone(), 1, 1));
        assert_eq!(err("0xg"), (hex.clone(), 1, 1));
        assert_eq!(err("0x_"), (hex.clone(), 2, 2));
        assert_eq!(err("0xfg"), (hex, 2, 2));
        assert_eq!(
            err("0o8"),
            ("invalid digit '8' in octal literal".into(), 2, 2)
        );
        assert_eq!(
            err("0o18"),
            ("invalid digit '8' in octal literal".into(), 3, 3)
        );
        assert_eq!(err("0o"), ("invalid octal literal".into(), 1, 1));
        assert_eq!(
            err("0b2"),
            ("invalid digit '2' in binary literal".into(), 2, 2)
        );
        assert_eq!(
            err("0b12"),
            ("invalid digit '2' in binary literal".into(), 3, 3)
        );
        assert_eq!(err("0b"), ("invalid binary literal".into(), 1, 1));
        let zeros = "leading zeros in decimal integer literals are not permitted; \
                     use an 0o prefix for octal integers"
            .to_string();
        assert_eq!(err("012"), (zeros.clone(), 0, 1));
        assert_eq!(err("007"), (zeros.clone(), 0, 2));
        assert_eq!(err("0_7"), (zeros.clone(), 0, 2));
        assert_eq!(err("0_9"), (zeros, 0, 2));
    }
}
