//! CPython's `PyOS_double_to_string` (modes `e f g r`): float to text with C's correct rounding, built on Rust's exact float formatting.

use super::error::{check_output_len, PyResult};

/// Flags of `PyOS_double_to_string`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_SIGN`: always print a sign.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: an integral result gets `.0`.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: `#` (keep the point and trailing zeros).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: `z` (a result that rounds to zero has no minus sign).
    pub no_neg_0: bool,
}

/// Precisions beyond these add only zeros: an f64's exact decimal expansion has at most
/// 767 significant digits and 1074 digits after the point. Rust's formatter refuses
/// precisions above 65535, so larger requests are computed here and zero-padded.
const MAX_SIG_DIGITS: usize = 800;
const MAX_FRAC_DIGITS: usize = 1100;

/// The significant digits (trailing zeros removed, `"0"` for zero) and the decimal
/// point's position: the value is `0.DIGITS * 10**decpt`. `magnitude` is finite, >= 0.
fn digits_shortest(magnitude: f64) -> (String, i64) {
    let (digits, decpt) = split_sci(&format!("{magnitude:e}"));
    // When two shortest strings round-trip and sit equally close to the exact value
    // (1781722182871503.25 -> ...503.2 or ...503.3), Rust takes the upper one; CPython's
    // dtoa takes the correctly rounded (half-even) one. That needs 16+ digits.
    if digits.len() >= SHORTEST_TIE_DIGITS {
        let prec = digits.len() - 1;
        let (near, near_decpt) = split_sci(&format!("{magnitude:.prec$e}"));
        if (near != digits || near_decpt != decpt)
            && format!("0.{near}e{near_decpt}").parse::<f64>() == Ok(magnitude)
        {
            return (near, near_decpt);
        }
    }
    (digits, decpt)
}

/// Shortest round-trip strings this long can have two equally near candidates.
const SHORTEST_TIE_DIGITS: usize = 16;

/// `ndigits` significant digits, correctly rounded (half-even on the exact value).
fn digits_significant(magnitude: f64, ndigits: usize) -> (String, i64) {
    let prec = ndigits.clamp(1, MAX_SIG_DIGITS) - 1;
    split_sci(&format!("{magnitude:.prec$e}"))
}

/// Digits rounded at `precision` places after the point.
fn digits_fixed(magnitude: f64, precision: usize) -> (String, i64) {
    let prec = precision.min(MAX_FRAC_DIGITS);
    let text = format!("{magnitude:.prec$}");
    let (int_part, frac) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let all: String = format!("{int_part}{frac}");
    let lead = all.bytes().take_while(|b| *b == b'0').count();
    if lead == all.len() {
        return ("0".to_string(), 1);
    }
    let decpt = int_part.len() as i64 - lead as i64;
    let digits = all[lead..].trim_end_matches('0').to_string();
    (digits, decpt)
}

fn split_sci(sci: &str) -> (String, i64) {
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0');
    if digits.is_empty() {
        return ("0".to_string(), 1);
    }
    (digits.to_string(), exp + 1)
}

/// Common cases whose text Rust's formatter already prints exactly as CPython: `f`
/// without `#`, and the shortest repr in the positional range `1e-4 <= |x| < 1e16`.
fn fast_path(
    value: f64,
    magnitude: f64,
    code: char,
    precision: usize,
    flags: DtoaFlags,
) -> Option<String> {
    let mut out = String::with_capacity(24);
    let body = match code {
        'f' if !flags.alt && precision <= MAX_FRAC_DIGITS => format!("{magnitude:.precision$}"),
        'r' if flags.add_dot_0 && (1e-4..1e16).contains(&magnitude) => {
            let mut text = format!("{magnitude}");
            let significant = text
                .trim_start_matches(['0', '.'])
                .bytes()
                .filter(u8::is_ascii_digit)
                .count();
            if significant >= SHORTEST_TIE_DIGITS {
                return None;
            }
            if !text.contains('.') {
                text.push_str(".0");
            }
            text
        }
        _ => return None,
    };
    let zero = body.bytes().all(|b| b == b'0' || b == b'.');
    if value.is_sign_negative() && !(flags.no_neg_0 && zero) {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    out.push_str(&body);
    Some(out)
}

/// `PyOS_double_to_string(value, code, precision, flags)`: `code` is one of
/// `e E f F g G r` (`r`: shortest repr digits, `precision` ignored). Uppercase codes
/// print `E`, `INF`, `NAN`. Errors only with `MemoryError` on absurd precisions.
pub fn double_to_string(
    value: f64,
    code: char,
    precision: usize,
    flags: DtoaFlags,
) -> PyResult<String> {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if value.is_nan() || value.is_infinite() {
        let mut out = String::new();
        if value.is_infinite() && value < 0.0 {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = if value.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper {
            word.to_ascii_uppercase()
        } else {
            word.to_string()
        });
        return Ok(out);
    }
    let magnitude = value.abs();
    if let Some(text) = fast_path(value, magnitude, code, precision, flags) {
        return Ok(text);
    }
    // The precision in _Py_dg_dtoa's terms.
    let precision = match code {
        'e' => precision.saturating_add(1),
        'g' => precision.max(1),
        _ => precision,
    };
    let (digits, mut decpt) = match code {
        'e' | 'g' => digits_significant(magnitude, precision),
        'f' => digits_fixed(magnitude, precision),
        _ => digits_shortest(magnitude),
    };
    let precision = i64::try_from(precision).unwrap_or(i64::MAX / 4);
    let digits_len = digits.len() as i64;
    let mut negative = value.is_sign_negative();
    if flags.no_neg_0 && digits == "0" {
        negative = false;
    }
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt.saturating_add(precision),
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let total = (vdigits_end - vdigits_start).saturating_add(8);
    check_output_len(usize::try_from(total).unwrap_or(usize::MAX))?;
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let mut out = String::with_capacity(total as usize);
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let (head, tail) = digits.split_at(decpt as usize);
        out.push_str(head);
        out.push('.');
        out.push_str(tail);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(v: f64, code: char, p: usize) -> String {
        double_to_string(v, code, p, DtoaFlags::default()).unwrap()
    }

    #[test]
    fn modes_match_c_printf() {
        assert_eq!(d(2.675, 'f', 2), "2.67");
        assert_eq!(d(0.5, 'f', 0), "0");
        assert_eq!(d(1.5, 'f', 0), "2");
        assert_eq!(d(2.5, 'e', 0), "2e+00");
        assert_eq!(d(12345.678, 'e', 3), "1.235e+04");
        assert_eq!(d(1e-5, 'g', 6), "1e-05");
        assert_eq!(d(123456789.0, 'g', 6), "1.23457e+08");
        assert_eq!(d(0.0001, 'g', 6), "0.0001");
        assert_eq!(d(1e16, 'r', 0), "1e+16");
        assert_eq!(d(-0.0, 'f', 2), "-0.00");
        assert_eq!(d(f64::INFINITY, 'F', 2), "INF");
        assert_eq!(d(1e300, 'e', 70000).len(), 70007);
        assert_eq!(d(1.0, 'f', 70000).len(), 70002);
    }
}
