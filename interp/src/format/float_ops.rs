//! Float helpers for builtins: `round(x[, n])`, `int(x)`, `//`, `%`, `divmod`, `**`, `float.as_integer_ratio`, `float.hex`/`fromhex`, `float.is_integer` — exact, as CPython computes them.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, One, Signed, Zero};

use super::error::{PyError, PyResult};

/// `int(x)` for a float: truncation toward zero; CPython's errors for `inf` and `nan`.
pub fn float_to_int(x: f64) -> PyResult<BigInt> {
    if x.is_nan() {
        return Err(PyError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    BigInt::from_f64(x.trunc())
        .ok_or_else(|| PyError::overflow("cannot convert float infinity to integer"))
}

/// `round(x)`: the nearest int, ties to even.
pub fn round_to_int(x: f64) -> PyResult<BigInt> {
    float_to_int(x.round_ties_even())
}

/// The exact value of a finite float as `mantissa * 2**exponent` (mantissa odd or zero).
fn decompose(x: f64) -> (BigInt, i64) {
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    if m == 0 {
        return (BigInt::zero(), 0);
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += i64::from(tz);
    let m = BigInt::from(m);
    (if negative { -m } else { m }, e)
}

/// `round(x, ndigits)`: rounds the exact binary value half to even at `10**-ndigits`, as
/// CPython's `double_round` (via correctly rounded dtoa) does: `round(2.675, 2) == 2.67`.
pub fn round_float(x: f64, ndigits: i64) -> PyResult<f64> {
    // CPython's NDIGITS_MAX and NDIGITS_MIN.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded = if ndigits >= 0 {
        let prec = ndigits as usize;
        format!("{x:.prec$}").parse::<f64>().unwrap_or(f64::NAN)
    } else {
        let k = ndigits.unsigned_abs() as u32;
        let (m, e) = decompose(x);
        let pow10 = BigInt::from(10).pow(k);
        let (num, den) = if e >= 0 {
            (m << e as usize, pow10.clone())
        } else {
            (m, &pow10 << (-e) as usize)
        };
        let num = num.abs();
        let mut q = &num / &den;
        let twice = (&num % &den) << 1usize;
        if twice > den || (twice == den && q.bit(0)) {
            q += 1;
        }
        let sign = if x.is_sign_negative() { "-" } else { "" };
        format!("{sign}{q}e{k}").parse::<f64>().unwrap_or(f64::NAN)
    };
    if rounded.is_infinite() {
        return Err(PyError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// `float.as_integer_ratio()`: the exact value as a reduced fraction with positive denominator.
pub fn as_integer_ratio(x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(PyError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(PyError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    let (m, e) = decompose(x);
    Ok(if e >= 0 {
        (m << e as usize, BigInt::one())
    } else {
        (m, BigInt::one() << (-e) as usize)
    })
}

/// `float.is_integer()`.
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x.trunc() == x
}

/// `float.hex()`: `0x1.999999999999ap-4`, `-0x0.0p+0`, `inf`, `nan`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

/// `x * 2**exp` for an `m` that fits in 53 bits and a result known to be representable.
fn scale_exact(m: u64, exp: i64) -> f64 {
    let mut value = m as f64;
    let mut exp = exp;
    while exp != 0 {
        let step = exp.clamp(-1000, 1000);
        value *= f64::from_bits(((1023 + step) as u64) << 52);
        exp -= step;
    }
    value
}

/// `float.fromhex(text)`: `[ws][sign](inf|infinity|nan|[0x]hex[.hex][p[sign]dec])[ws]`,
/// rounded half to even; CPython's ValueError and OverflowError.
pub fn float_fromhex(text: &str) -> PyResult<f64> {
    let invalid = || PyError::value("invalid hexadecimal floating-point string");
    // Py_ISSPACE: ASCII white space only.
    let s = text.trim_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let signed = |v: f64| if negative { -v } else { v };
    match s.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(f64::NAN),
        _ => {}
    }
    let s = match s.get(..2) {
        Some(p) if p.eq_ignore_ascii_case("0x") => &s[2..],
        _ => s,
    };
    let (mantissa, exponent) = match s.find(['p', 'P']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let hex_ok = |p: &str| p.bytes().all(|b| b.is_ascii_hexdigit());
    if !hex_ok(int_part) || !hex_ok(frac_part) {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if let Some(e) = exponent {
        let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        // Saturate: beyond this every value is 0 or overflows anyway.
        let mut v: i64 = 0;
        for b in digits.bytes() {
            v = (v * 10 + i64::from(b - b'0')).min(1 << 40);
        }
        exp = if e.starts_with('-') { -v } else { v };
    }
    let all: String = format!("{int_part}{frac_part}");
    let m = BigInt::parse_bytes(all.as_bytes(), 16).unwrap_or_default();
    if m.is_zero() {
        return Ok(signed(0.0));
    }
    // value = m * 2**e2
    let e2 = exp - 4 * frac_part.len() as i64;
    let top = m.bits() as i64 - 1 + e2;
    if top > 1023 {
        return Err(PyError::overflow(
            "hexadecimal value too large to represent as a float",
        ));
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e2;
    if shift > m.bits() as i64 {
        // Below half of the smallest subnormal: rounds to zero.
        return Ok(signed(0.0));
    }
    let mut q = if shift <= 0 {
        m << (-shift) as usize
    } else {
        let shift = shift as u64;
        let q = &m >> shift;
        let rem = &m - (&q << shift);
        let half = BigInt::one() << (shift - 1);
        if rem > half || (rem == half && q.bit(0)) {
            q + 1
        } else {
            q
        }
    };
    let mut lsb = lsb;
    if q.bits() > 53 {
        q >>= 1usize;
        lsb += 1;
    }
    if lsb + q.bits() as i64 - 1 > 1023 {
        return Err(PyError::overflow(
            "hexadecimal value too large to represent as a float",
        ));
    }
    let q = u64::try_from(q).unwrap_or(0);
    Ok(signed(scale_exact(q, lsb)))
}

fn zero_division(message: &str) -> PyError {
    PyError::new(super::error::ErrorKind::ZeroDivisionError, message)
}

/// The remainder of `x / y` with the sign of `y` (CPython's `float_rem` core).
fn python_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// `divmod(x, y)` for floats, as CPython's `_float_div_mod`; `ZeroDivisionError: float
/// divmod()` for `y == 0`.
pub fn float_divmod(x: f64, y: f64) -> PyResult<(f64, f64)> {
    if y == 0.0 {
        return Err(zero_division("float divmod()"));
    }
    Ok(div_mod(x, y))
}

fn div_mod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// `x // y` for floats.
pub fn float_floordiv(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(zero_division("float floor division by zero"));
    }
    Ok(div_mod(x, y).0)
}

/// `x % y` for floats.
pub fn float_mod(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(zero_division("float modulo"));
    }
    Ok(python_mod(x, y))
}

/// Whether `y` is an odd integer (CPython's `DOUBLE_IS_ODD_INTEGER`).
fn is_odd_integer(y: f64) -> bool {
    y.is_finite() && (y % 2.0).abs() == 1.0
}

/// `x ** y` for floats, as CPython's `float_pow`: `Ok(None)` when the result is complex
/// (a negative base to a fractional power; the VM computes it or raises its clear error),
/// `ZeroDivisionError` for `0.0 ** negative`, `OverflowError: (34, 'Numerical result out
/// of range')` on overflow.
pub fn float_pow(x: f64, y: f64) -> PyResult<Option<f64>> {
    if y == 0.0 {
        return Ok(Some(1.0));
    }
    if x.is_nan() {
        return Ok(Some(x));
    }
    if y.is_nan() {
        return Ok(Some(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(Some(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(Some(if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        }));
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(Some(if is_odd_integer(y) { x } else { 0.0 }));
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != y.floor() {
            return Ok(None);
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(Some(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(y);
    if r.is_infinite() {
        return Err(PyError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(Some(if negate { -r } else { r }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_matches_cpython() {
        let cases: [(f64, i64, f64); 16] = [
            (2.675, 2, 2.67),
            (0.5, 0, 0.0),
            (1.5, 0, 2.0),
            (2.5, 0, 2.0),
            (-2.5, 0, -2.0),
            (1234.5678, -2, 1200.0),
            (1250.0, -2, 1200.0),
            (1350.0, -2, 1400.0),
            (-0.001, 2, -0.0),
            (5e-324, 400, 5e-324),
            (1e300, -400, 0.0),
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (123456789.0, -9, 0.0),
            (15.0, -1, 20.0),
            (25.0, -1, 20.0),
        ];
        for (x, n, want) in cases {
            let got = round_float(x, n).unwrap();
            assert_eq!(got.to_bits(), want.to_bits(), "round({x}, {n})");
        }
        assert_eq!(
            round_float(1.7976931348623157e308, -308)
                .unwrap_err()
                .message,
            "rounded value too large to represent"
        );
        assert!(round_float(f64::NAN, 2).unwrap().is_nan());
        assert_eq!(round_to_int(2.5).unwrap(), BigInt::from(2));
        assert_eq!(round_to_int(-3.5).unwrap(), BigInt::from(-4));
        assert_eq!(
            round_to_int(f64::INFINITY).unwrap_err().message,
            "cannot convert float infinity to integer"
        );
        assert_eq!(
            float_to_int(f64::NAN).unwrap_err().message,
            "cannot convert float NaN to integer"
        );
        assert_eq!(float_to_int(-3.9).unwrap(), BigInt::from(-3));
        assert_eq!(
            float_to_int(1e20).unwrap().to_string(),
            "100000000000000000000"
        );
    }

    #[test]
    fn ratio_and_hex() {
        let r = |x: f64| {
            let (n, d) = as_integer_ratio(x).unwrap();
            format!("{n}/{d}")
        };
        assert_eq!(r(0.75), "3/4");
        assert_eq!(r(-2.0), "-2/1");
        assert_eq!(r(0.1), "3602879701896397/36028797018963968");
        assert_eq!(r(0.0), "0/1");
        assert_eq!(
            as_integer_ratio(f64::INFINITY).unwrap_err().message,
            "cannot convert Infinity to integer ratio"
        );
        assert_eq!(float_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(f64::MAX), "0x1.fffffffffffffp+1023");
        assert!(is_integer(3.0) && !is_integer(3.5) && !is_integer(f64::INFINITY));
    }

    #[test]
    fn fromhex_matches_cpython() {
        let ok = [
            ("0x1.8p1", "0x1.8000000000000p+1"),
            ("  -0x1p-1074 ", "-0x0.0000000000001p-1022"),
            ("0x1p-1075", "0x0.0p+0"),
            ("0x3p-1076", "0x0.0000000000001p-1022"),
            ("inf", "inf"),
            ("-Infinity", "-inf"),
            ("nan", "nan"),
            ("1.8", "0x1.8000000000000p+0"),
            ("0x.8", "0x1.0000000000000p-1"),
            ("0x8.", "0x1.0000000000000p+3"),
            ("1p3", "0x1.0000000000000p+3"),
            ("0X1P3", "0x1.0000000000000p+3"),
            ("0x0p99999999999999999999", "0x0.0p+0"),
            ("0x1p-99999999999999999", "0x0.0p+0"),
            ("0x1.fffffffffffff7p1023", "0x1.fffffffffffffp+1023"),
        ];
        for (text, want) in ok {
            assert_eq!(float_hex(float_fromhex(text).unwrap()), want, "{text:?}");
        }
        for text in ["0x.", "x", "0x1p", "0x1p+", "0x1.0p1_0", "0x1g", ""] {
            assert_eq!(
                float_fromhex(text).unwrap_err().message,
                "invalid hexadecimal floating-point string"
            );
        }
        for text in [
            "0x1p1024",
            "0x1.fffffffffffff8p1023",
            "0x1p99999999999999999999",
        ] {
            assert_eq!(
                float_fromhex(text).unwrap_err().message,
                "hexadecimal value too large to represent as a float"
            );
        }
    }

    #[test]
    fn round_matches_cpython_table() {
        let mut count = 0;
        for line in include_str!("testdata/round_cases.txt").lines() {
            let mut parts = line.split(' ');
            let (Some(x), Some(n), Some(want)) = (parts.next(), parts.next(), parts.next()) else {
                panic!("bad line {line:?}")
            };
            let x = float_fromhex(x).unwrap();
            let n: i64 = n.parse().unwrap();
            let got = round_float(x, n)
                .map(float_hex)
                .unwrap_or_else(|e| e.kind.name().to_string());
            assert_eq!(got, want, "round({x:?}, {n})");
            count += 1;
        }
        assert!(count > 800);
    }

    #[test]
    fn floor_division_matches_cpython() {
        let r = |v: f64| skein_grammar::pyrepr::float_repr(v);
        let cases = [
            (7.0, 2.0, "3.0", "1.0"),
            (-7.0, 2.0, "-4.0", "1.0"),
            (7.0, -2.0, "-4.0", "-1.0"),
            (-7.0, -2.0, "3.0", "-1.0"),
            (0.0, -3.0, "-0.0", "-0.0"),
            (-0.0, 3.0, "-0.0", "0.0"),
            (1e300, 1e-300, "inf", "4.891554850853602e-301"),
            (5.0, f64::INFINITY, "0.0", "5.0"),
            (-5.0, f64::INFINITY, "-1.0", "inf"),
            (f64::INFINITY, 2.0, "nan", "nan"),
            (3.0, f64::NAN, "nan", "nan"),
        ];
        for (x, y, q, m) in cases {
            let (dq, dm) = float_divmod(x, y).unwrap();
            assert_eq!(
                (r(dq), r(dm)),
                (q.to_string(), m.to_string()),
                "divmod({x}, {y})"
            );
            assert_eq!(r(float_floordiv(x, y).unwrap()), q);
            assert_eq!(r(float_mod(x, y).unwrap()), m);
        }
        assert_eq!(
            float_floordiv(1.0, 0.0).unwrap_err().message,
            "float floor division by zero"
        );
        assert_eq!(float_mod(1.0, -0.0).unwrap_err().message, "float modulo");
        assert_eq!(
            float_divmod(1.0, 0.0).unwrap_err().message,
            "float divmod()"
        );
    }

    #[test]
    fn pow_matches_cpython() {
        let r = |x: f64, y: f64| match float_pow(x, y) {
            Ok(Some(v)) => skein_grammar::pyrepr::float_repr(v),
            Ok(None) => "complex".to_string(),
            Err(e) => format!("{}: {}", e.kind.name(), e.message),
        };
        let overflow = "OverflowError: (34, 'Numerical result out of range')";
        let zero = "ZeroDivisionError: 0.0 cannot be raised to a negative power";
        let inf = f64::INFINITY;
        let cases: [(f64, f64, &str); 21] = [
            (2.0, 10000.0, overflow),
            (0.0, -1.0, zero),
            (-0.0, -1.0, zero),
            (-8.0, 1.0 / 3.0, "complex"),
            (-2.0, 3.0, "-8.0"),
            (-2.0, 2.0, "4.0"),
            (-1.0, 1e300, "1.0"),
            (f64::NAN, 0.0, "1.0"),
            (1.0, f64::NAN, "1.0"),
            (0.5, inf, "0.0"),
            (2.0, -inf, "0.0"),
            (-1.0, inf, "1.0"),
            (-inf, 3.0, "-inf"),
            (-inf, -3.0, "-0.0"),
            (-inf, 2.0, "inf"),
            (-0.0, 3.0, "-0.0"),
            (-0.0, 2.0, "0.0"),
            (2.0, -1080.0, "0.0"),
            (10.0, 308.5, overflow),
            (1.0000001, 1e10, overflow),
            (-10.0, 309.0, overflow),
        ];
        for (x, y, want) in cases {
            assert_eq!(r(x, y), want, "{x:?} ** {y:?}");
        }
        assert_eq!(
            r(2.0, 0.5),
            skein_grammar::pyrepr::float_repr(std::f64::consts::SQRT_2)
        );
    }
}
