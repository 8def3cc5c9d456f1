//! `str(x)`, `int(x)` and `float(x)` with one positional argument of a built-in type:
//! answered before the generic class call looks up `__new__` and `__init__`.

use crate::func::PyResult;
use crate::object::ObjData;
use crate::types::{types, TypeRef};
use crate::value::Value;

/// The result of calling the built-in type `t` with `args`, when it needs no lookup;
/// `None` sends the call down the generic path (which also raises every error).
pub fn builtin_ctor(t: TypeRef, args: &[Value]) -> Option<PyResult> {
    let [x] = args else { return None };
    let ts = types();
    if std::ptr::eq(t, ts.str) {
        return match x {
            Value::Int(i) => Some(Ok(int_to_str(*i))),
            Value::Float(f) => Some(Ok(crate::pystr::new_string(crate::float::float_repr(*f)))),
            Value::Obj(o) if std::ptr::eq(o.cls(), ts.str) => Some(Ok(x.clone())),
            _ => None,
        };
    }
    if std::ptr::eq(t, ts.int) {
        return match x {
            Value::Int(_) => Some(Ok(x.clone())),
            Value::Obj(o) if std::ptr::eq(o.cls(), ts.str) => match &o.data {
                // Plain decimal text; anything else (spaces, `_`, big) takes the full parser.
                ObjData::Str(s) if s.as_str().len() <= 18 => {
                    s.as_str().parse::<i64>().ok().map(|i| Ok(Value::Int(i)))
                }
                _ => None,
            },
            _ => None,
        };
    }
    if std::ptr::eq(t, ts.float) {
        return match x {
            Value::Float(_) => Some(Ok(x.clone())),
            Value::Int(i) => Some(Ok(Value::Float(*i as f64))),
            _ => None,
        };
    }
    None
}

/// Decimal text of an int, written on the stack: no formatting machinery and no
/// temporary `String` (the str object holds short texts inline).
pub fn int_to_str(i: i64) -> Value {
    let mut buf = [0u8; 20];
    crate::pystr::new_str(int_digits(i, &mut buf))
}

fn int_digits(i: i64, buf: &mut [u8; 20]) -> &str {
    let mut pos = buf.len();
    let mut n = i.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    // SAFETY: `buf[pos..]` holds ASCII digits and a sign only (checking it cost ~1% of
    // the dict_str benchmark).
    unsafe { std::str::from_utf8_unchecked(&buf[pos..]) }
}

#[cfg(test)]
mod tests {
    #[test]
    fn int_digits_match_display() {
        for i in [
            0,
            1,
            -1,
            9,
            10,
            -10,
            12345,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
        ] {
            let mut buf = [0u8; 20];
            assert_eq!(super::int_digits(i, &mut buf), i.to_string());
        }
    }
}
