//! `float`: CPython's shortest round-trip repr, and float arithmetic with Python's errors.

use crate::bytecode::BinOp;
use crate::exc::{overflow_error, zero_division};
use crate::func::PyResult;
use crate::value::Value;

/// `repr(x)` exactly as CPython prints it.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let sci = format!("{:e}", x.abs());
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let decpt = exp + 1;
    let mut out = String::new();
    if x < 0.0 {
        out.push('-');
    }
    if decpt > -4 && decpt <= 16 {
        if decpt <= 0 {
            out.push_str("0.");
            out.push_str(&"0".repeat((-decpt) as usize));
            out.push_str(&digits);
        } else if decpt as usize >= digits.len() {
            out.push_str(&digits);
            out.push_str(&"0".repeat(decpt as usize - digits.len()));
            out.push_str(".0");
        } else {
            out.push_str(&digits[..decpt as usize]);
            out.push('.');
            out.push_str(&digits[decpt as usize..]);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        out.push('e');
        out.push(if e < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", e.abs()));
    }
    out
}

pub fn float_binop(op: BinOp, a: f64, b: f64) -> Option<PyResult> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return Some(Err(zero_division("float division by zero")));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Some(Err(zero_division("float floor division by zero")));
            }
            (a / b).floor()
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Some(Err(zero_division("float modulo")));
            }
            let m = a % b;
            if m != 0.0 && ((m < 0.0) != (b < 0.0)) {
                m + b
            } else if m == 0.0 {
                0.0f64.copysign(b)
            } else {
                m
            }
        }
        BinOp::Pow => {
            if a == 0.0 && b < 0.0 {
                return Some(Err(zero_division(
                    "0.0 cannot be raised to a negative power",
                )));
            }
            if a < 0.0 && b.fract() != 0.0 {
                return Some(Err(crate::exc::value_error(
                    "complex results are not supported",
                )));
            }
            let r = a.powf(b);
            if r.is_infinite() && a.is_finite() && b.is_finite() {
                return Some(Err(overflow_error("(34, 'Numerical result out of range')")));
            }
            r
        }
        _ => return None,
    };
    Some(Ok(Value::Float(r)))
}
