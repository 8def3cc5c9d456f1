//! `complex`: a pair of floats on a built-in class (a `Native` payload) with CPython's
//! constructor, arithmetic (mixed with int and float through the reflected dunders),
//! `**`, `abs`, equality, hash and repr.

use std::sync::OnceLock;

use crate::argparse::*;
use crate::exc::{type_error, value_error, zero_division};
use crate::func::{new_builtin, KwArgs, NativeFn, PyResult};
use crate::object::{alloc, ObjData};
use crate::type_methods::reg;
use crate::types::{make_type, new_type_obj, tobj, type_name, types, Layout, TypeRef};
use crate::value::Value;
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

pub fn complex_type() -> TypeRef {
    static T: OnceLock<TypeRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_type_obj("complex", vec![types().object], Layout::Native, true);
        let t = make_type(types().type_, t).unwrap_or_else(|_| unreachable!("single base"));
        let ms: &[(&'static str, NativeFn)] = &[
            ("__add__", add),
            ("__radd__", add),
            ("__sub__", sub),
            ("__rsub__", rsub),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__truediv__", div),
            ("__rtruediv__", rdiv),
            ("__pow__", pow),
            ("__rpow__", rpow),
            ("__neg__", neg),
            ("__pos__", pos),
            ("__abs__", abs),
            ("__bool__", bool_),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__hash__", hash),
            ("__repr__", repr),
            ("__str__", repr),
            ("conjugate", conjugate),
        ];
        for (n, f) in ms {
            reg(t, n, *f);
        }
        tobj(t).dict.set("__new__", new_builtin("__new__", new));
        for (name, f) in [("real", real as NativeFn), ("imag", imag as NativeFn)] {
            let fget = crate::func::new_method_descr("complex", name, f);
            let prop = alloc(
                types().property,
                ObjData::Property(Box::new([fget, Value::None, Value::None, Value::None])),
            );
            tobj(t).dict.set(name, prop);
        }
        t
    })
}

pub fn new_complex(re: f64, im: f64) -> Value {
    alloc(
        complex_type(),
        ObjData::Native(Box::new(Complex { re, im })),
    )
}

pub fn as_complex(v: &Value) -> Option<Complex> {
    match v.data()? {
        ObjData::Native(n) => n.downcast_ref::<Complex>().copied(),
        _ => None,
    }
}

/// An operand of mixed arithmetic: complex, float, int or bool.
fn operand(v: &Value) -> Option<PyResult<Complex>> {
    if let Some(c) = as_complex(v) {
        return Some(Ok(c));
    }
    match v {
        Value::Float(f) => Some(Ok(Complex { re: *f, im: 0.0 })),
        Value::Int(i) => Some(Ok(Complex {
            re: *i as f64,
            im: 0.0,
        })),
        Value::Bool(b) => Some(Ok(Complex {
            re: *b as i64 as f64,
            im: 0.0,
        })),
        _ => match v.data()? {
            ObjData::BigInt(b) => Some(
                crate::format::intstr::int_to_float(b)
                    .map(|re| Complex { re, im: 0.0 })
                    .map_err(Into::into),
            ),
            _ => None,
        },
    }
}

fn this(args: &[Value]) -> PyResult<Complex> {
    args.first()
        .and_then(as_complex)
        .ok_or_else(|| type_error("descriptor requires a 'complex' object"))
}

/// Applies `f` to self and the other operand, or answers NotImplemented.
fn binary(args: &[Value], f: impl Fn(Complex, Complex) -> PyResult<Complex>) -> PyResult {
    nargs("complex operation", &args[1.min(args.len())..], 1, 1)?;
    let a = this(args)?;
    match operand(&args[1]) {
        Some(b) => {
            let r = f(a, b?)?;
            Ok(new_complex(r.re, r.im))
        }
        None => Ok(crate::singletons::not_implemented()),
    }
}

fn c_add(a: Complex, b: Complex) -> Complex {
    Complex {
        re: a.re + b.re,
        im: a.im + b.im,
    }
}

fn c_sub(a: Complex, b: Complex) -> Complex {
    Complex {
        re: a.re - b.re,
        im: a.im - b.im,
    }
}

fn c_mul(a: Complex, b: Complex) -> Complex {
    Complex {
        re: a.re * b.re - a.im * b.im,
        im: a.re * b.im + a.im * b.re,
    }
}

/// CPython's `_Py_c_quot` (Smith's algorithm).
fn c_div(a: Complex, b: Complex) -> PyResult<Complex> {
    let (abs_br, abs_bi) = (b.re.abs(), b.im.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(zero_division("complex division by zero"));
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Ok(Complex {
            re: (a.re + a.im * ratio) / denom,
            im: (a.im - a.re * ratio) / denom,
        })
    } else if abs_bi >= abs_br {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Ok(Complex {
            re: (a.re * ratio + a.im) / denom,
            im: (a.im * ratio - a.re) / denom,
        })
    } else {
        Ok(Complex {
            re: f64::NAN,
            im: f64::NAN,
        })
    }
}

/// CPython's `_Py_c_pow`, with exact repeated squaring for small integer exponents.
fn c_pow(a: Complex, b: Complex) -> PyResult<Complex> {
    if b.im == 0.0 && b.re == b.re.trunc() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        let mut result = Complex { re: 1.0, im: 0.0 };
        let mut base = a;
        let mut k = n.unsigned_abs();
        while k > 0 {
            if k & 1 == 1 {
                result = c_mul(result, base);
            }
            base = c_mul(base, base);
            k >>= 1;
        }
        if n < 0 {
            return c_div(Complex { re: 1.0, im: 0.0 }, result)
                .map_err(|_| zero_division("0.0 to a negative or complex power"));
        }
        return Ok(result);
    }
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(Complex { re: 1.0, im: 0.0 });
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(zero_division("0.0 to a negative or complex power"));
        }
        return Ok(Complex { re: 0.0, im: 0.0 });
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Ok(Complex {
        re: len * phase.cos(),
        im: len * phase.sin(),
    })
}

/// `float ** float` whose result is complex (a negative base, a fractional exponent).
pub fn real_pow(a: f64, b: f64) -> PyResult {
    let r = c_pow(Complex { re: a, im: 0.0 }, Complex { re: b, im: 0.0 })?;
    Ok(new_complex(r.re, r.im))
}

fn add(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    binary(args, |a, b| Ok(c_add(a, b)))
}

fn sub(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    binary(args, |a, b| Ok(c_sub(a, b)))
}

fn rsub(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    binary(args, |a, b| Ok(c_sub(b, a)))
}

fn mul(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    binary(args, |a, b| Ok(c_mul(a, b)))
}

fn div(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    binary(args, c_div)
}

fn rdiv(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    binary(args, |a, b| c_div(b, a))
}

fn pow(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    if args.len() > 2 && !args[2].is_none() {
        return Err(value_error("complex modulo"));
    }
    binary(&args[..2.min(args.len())], c_pow)
}

fn rpow(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    binary(args, |a, b| c_pow(b, a))
}

fn neg(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let c = this(args)?;
    Ok(new_complex(-c.re, -c.im))
}

fn pos(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let c = this(args)?;
    Ok(new_complex(c.re, c.im))
}

fn abs(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let c = this(args)?;
    let r = c.re.hypot(c.im);
    if r.is_infinite() && c.re.is_finite() && c.im.is_finite() {
        return Err(crate::exc::overflow_error("absolute value too large"));
    }
    Ok(Value::Float(r))
}

fn bool_(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let c = this(args)?;
    Ok(Value::Bool(c.re != 0.0 || c.im != 0.0))
}

fn equal(args: &[Value]) -> PyResult<Option<bool>> {
    let a = this(args)?;
    match args.get(1).and_then(operand) {
        Some(Ok(b)) => Ok(Some(a == b)),
        // A big int beyond float range equals no complex.
        Some(Err(_)) => Ok(Some(false)),
        None => Ok(None),
    }
}

fn eq(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(equal(args)?.map_or_else(crate::singletons::not_implemented, Value::Bool))
}

fn ne(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(equal(args)?.map_or_else(crate::singletons::not_implemented, |e| Value::Bool(!e)))
}

fn hash(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let c = this(args)?;
    let h = |x: f64| crate::format::numhash::float_hash(x).unwrap_or(0);
    let r = h(c.re).wrapping_add(h(c.im).wrapping_mul(1000003));
    Ok(Value::Int(if r == -1 { -2 } else { r }))
}

fn part(x: f64) -> String {
    if x == 0.0 {
        return if x.is_sign_negative() { "-0" } else { "0" }.to_string();
    }
    let flags = crate::format::dtoa::DtoaFlags::default();
    crate::format::dtoa::double_to_string(x, 'r', 0, flags).unwrap_or_else(|_| x.to_string())
}

/// CPython's repr: `2j`, `(1+2j)`, `(1-0j)`, `(nan+infj)`.
pub fn complex_repr(c: Complex) -> String {
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{}j", part(c.im));
    }
    let im = part(c.im);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", part(c.re))
}

fn repr(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(crate::pystr::new_string(complex_repr(this(args)?)))
}

fn conjugate(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let c = this(args)?;
    Ok(new_complex(c.re, -c.im))
}

fn real(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Float(this(args)?.re))
}

fn imag(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Float(this(args)?.im))
}

/// `complex("1+2j")`: CPython's grammar (spaces around, optional parentheses).
fn parse(text: &str) -> Option<Complex> {
    let t = text.trim();
    let t = match t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        Some(inner) => inner.trim(),
        None => t,
    };
    if t.is_empty() || t.contains(char::is_whitespace) {
        return None;
    }
    let num = |s: &str| -> Option<f64> {
        match s {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            s => crate::format::floatstr::parse_float(s).ok(),
        }
    };
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Split at the last sign that is not part of an exponent.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        return match split {
            Some(i) => {
                let re = crate::format::floatstr::parse_float(&body[..i]).ok()?;
                Some(Complex {
                    re,
                    im: num(&body[i..])?,
                })
            }
            None => Some(Complex {
                re: 0.0,
                im: num(body)?,
            }),
        };
    }
    let re = crate::format::floatstr::parse_float(t).ok()?;
    Some(Complex { re, im: 0.0 })
}

fn number_arg(vm: &mut Vm, v: &Value, which: &str) -> PyResult<Complex> {
    if let Some(c) = operand(v) {
        return c;
    }
    if let Some(r) = vm.call_special(v, "__complex__", vec![])? {
        if let Some(c) = as_complex(&r) {
            return Ok(c);
        }
    }
    if let Some(Value::Float(f)) = vm.call_special(v, "__float__", vec![])? {
        return Ok(Complex { re: f, im: 0.0 });
    }
    Err(type_error(format!(
        "complex() {which} argument must be a {}number, not '{}'",
        if which == "first" { "string or a " } else { "" },
        type_name(v.class())
    )))
}

fn new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("complex", kw, &["real", "imag"])?;
    let rest = &args[1.min(args.len())..];
    if rest.len() > 2 {
        return Err(type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            rest.len()
        )));
    }
    let real = rest.first().cloned().or_else(|| kwarg(kw, "real"));
    let imag = rest.get(1).cloned().or_else(|| kwarg(kw, "imag"));
    let Some(real) = real else {
        let im = match imag {
            Some(v) => number_arg(vm, &v, "second")?,
            None => Complex { re: 0.0, im: 0.0 },
        };
        return Ok(new_complex(0.0 - im.im, im.re));
    };
    if let Some(s) = real.as_str() {
        if imag.is_some() {
            return Err(type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return match parse(s) {
            Some(c) => Ok(new_complex(c.re, c.im)),
            None => Err(value_error("complex() arg is a malformed string")),
        };
    }
    let r = number_arg(vm, &real, "first")?;
    let mut re = r.re;
    let mut im = r.im;
    if let Some(v) = imag {
        if v.as_str().is_some() {
            return Err(type_error("complex() second arg can't be a string"));
        }
        let i = number_arg(vm, &v, "second")?;
        // CPython adds only the parts that exist, so a -0.0 imaginary part survives.
        if as_complex(&v).is_some() {
            re -= i.im;
        }
        im = if as_complex(&real).is_some() {
            r.im + i.re
        } else {
            i.re
        };
    }
    Ok(new_complex(re, im))
}
