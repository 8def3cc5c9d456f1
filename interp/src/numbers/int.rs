//! `int` arithmetic: unboxed i64 fast paths that overflow into heap big integers, Python's
//! floor division and modulo, and mixed int/float comparisons.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::bytecode::BinOp;
use crate::exc::{overflow_error, value_error, zero_division};
use crate::func::PyResult;
use crate::object::{alloc, ObjData};
use crate::types::types;
use crate::value::Value;

/// An int value from a big integer, unboxed when it fits.
pub fn from_bigint(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => alloc(types().int, ObjData::BigInt(b)),
    }
}

/// The integer view of an int-like value (int, bool, big int).
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &o.data {
            ObjData::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

pub fn is_int_like(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => matches!(o.data, ObjData::BigInt(_)),
        _ => false,
    }
}

/// A small int if the value is an int that fits in i64.
pub fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        // An int subclass instance (`IntEnum` member) keeps a small value boxed.
        Value::Obj(o) => match &o.data {
            ObjData::BigInt(b) => b.to_i64(),
            _ => None,
        },
        _ => None,
    }
}

pub fn to_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.data {
            ObjData::BigInt(b) => b.to_f64(),
            _ => None,
        },
        _ => None,
    }
}

/// `float(b)`: `format::intstr::int_to_float`, with its OverflowError.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    Ok(crate::format::intstr::int_to_float(b)?)
}

/// Small-int arithmetic; `None` on overflow (the caller retries with big ints).
#[inline]
pub fn small_binop(op: BinOp, a: i64, b: i64) -> Option<PyResult> {
    let r = match op {
        BinOp::Add => a.checked_add(b)?,
        BinOp::Sub => a.checked_sub(b)?,
        BinOp::Mul => a.checked_mul(b)?,
        BinOp::FloorDiv => {
            if b == 0 {
                return Some(Err(zero_division("integer division or modulo by zero")));
            }
            let (q, _) = floor_divmod(a, b)?;
            q
        }
        BinOp::Mod => {
            if b == 0 {
                return Some(Err(zero_division("integer modulo by zero")));
            }
            floor_divmod(a, b)?.1
        }
        BinOp::TrueDiv => {
            if b == 0 {
                return Some(Err(zero_division("division by zero")));
            }
            return Some(Ok(Value::Float(a as f64 / b as f64)));
        }
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::LShift => {
            if b < 0 {
                return Some(Err(value_error("negative shift count")));
            }
            if b >= 63 {
                if a == 0 {
                    return Some(Ok(Value::Int(0)));
                }
                return None;
            }
            let r = a << b;
            if r >> b != a {
                return None;
            }
            r
        }
        BinOp::RShift => {
            if b < 0 {
                return Some(Err(value_error("negative shift count")));
            }
            a >> b.min(63)
        }
        BinOp::Pow => {
            if b < 0 {
                if a == 0 {
                    return Some(Err(zero_division(
                        "0.0 cannot be raised to a negative power",
                    )));
                }
                return Some(Ok(Value::Float((a as f64).powf(b as f64))));
            }
            let e = u32::try_from(b).ok()?;
            a.checked_pow(e)?
        }
        BinOp::MatMul => {
            return Some(Err(crate::exc::type_error(
                "unsupported operand type(s) for @: 'int' and 'int'",
            )))
        }
    };
    Some(Ok(Value::Int(r)))
}

fn floor_divmod(a: i64, b: i64) -> Option<(i64, i64)> {
    let q = a.checked_div(b)?;
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

/// Arithmetic on int-likes of any size.
pub fn big_binop(op: BinOp, a: &BigInt, b: &BigInt) -> PyResult {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::FloorDiv | BinOp::Mod => {
            if b.is_zero() {
                let msg = if op == BinOp::Mod {
                    "integer modulo by zero"
                } else {
                    "integer division or modulo by zero"
                };
                return Err(zero_division(msg));
            }
            let (q, r) = a.div_mod_floor(b);
            if op == BinOp::Mod {
                r
            } else {
                q
            }
        }
        BinOp::TrueDiv => {
            if b.is_zero() {
                return Err(zero_division("division by zero"));
            }
            return Ok(Value::Float(big_to_f64(a)? / big_to_f64(b)?));
        }
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::LShift => {
            let n = b
                .to_i64()
                .ok_or_else(|| overflow_error("too many digits in integer"))?;
            if n < 0 {
                return Err(value_error("negative shift count"));
            }
            if n > 1 << 31 {
                return Err(crate::exc::memory_error());
            }
            a << (n as usize)
        }
        BinOp::RShift => {
            let n = b.to_i64().unwrap_or(i64::MAX);
            if n < 0 {
                return Err(value_error("negative shift count"));
            }
            if n > 1 << 32 {
                if a.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }
            } else {
                a >> (n as usize)
            }
        }
        BinOp::Pow => {
            if b.is_negative() {
                return Ok(Value::Float(big_to_f64(a)?.powf(big_to_f64(b)?)));
            }
            let e = b
                .to_u32()
                .filter(|e| (*e as u64) * (a.bits().max(1)) < (1 << 30))
                .ok_or_else(crate::exc::memory_error)?;
            num_traits::pow(a.clone(), e as usize)
        }
        BinOp::MatMul => {
            return Err(crate::exc::type_error(
                "unsupported operand type(s) for @: 'int' and 'int'",
            ))
        }
    };
    Ok(from_bigint(r))
}

/// Numeric equality across int, bool, float and big int (exact, as CPython: an int
/// equals a float only when the float is exactly that integer).
pub fn num_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x == y,
        _ => num_cmp(a, b) == Some(std::cmp::Ordering::Equal),
    }
}

pub fn float_to_big(x: f64) -> BigInt {
    use num_traits::FromPrimitive;
    BigInt::from_f64(x.trunc()).unwrap_or_default()
}

/// Orders an int against a float exactly (CPython's `float_richcompare`); `None` for NaN.
pub fn int_float_cmp(i: &Value, y: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if y.is_nan() {
        return None;
    }
    if y.is_infinite() {
        return Some(if y > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = y.floor();
    // `i` against floor(y): below it is below y; above it is at least floor(y) + 1 > y.
    let o = match as_i64(i) {
        Some(x) if fl.abs() < 1.7e38 => (x as i128).cmp(&(fl as i128)),
        _ => as_bigint(i)?.cmp(&float_to_big(fl)),
    };
    Some(match o {
        Ordering::Equal if y != fl => Ordering::Less,
        o => o,
    })
}

/// Orders two numbers; `None` if unordered (NaN).
pub fn num_cmp(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
        return Some(x.cmp(&y));
    }
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), i) => int_float_cmp(i, *x).map(|o| o.reverse()),
        (i, Value::Float(y)) => int_float_cmp(i, *y),
        _ => as_bigint(a)?.partial_cmp(&as_bigint(b)?),
    }
}
