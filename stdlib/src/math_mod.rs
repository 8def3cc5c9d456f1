//! The native `math` module: CPython's functions over floats and ints, with its domain errors and messages.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use skein_interp::argparse::{kwarg, nargs, no_kw};
use skein_interp::exc::{overflow_error, type_error, value_error};
use skein_interp::func::{new_module_builtin, KwArgs, NativeFn, PyResult};
use skein_interp::int::{as_bigint, from_bigint, is_int_like};
use skein_interp::module::{module_ns, new_module};
use skein_interp::object::{ObjBox, ObjData};
use skein_interp::types::type_name;
use skein_interp::value::Value;
use skein_interp::Vm;

pub fn init(_vm: &mut Vm) -> PyResult<&'static ObjBox> {
    let m = new_module("math");
    let ns = module_ns(m);
    ns.set("pi", Value::Float(std::f64::consts::PI));
    ns.set("e", Value::Float(std::f64::consts::E));
    ns.set("tau", Value::Float(std::f64::consts::TAU));
    ns.set("inf", Value::Float(f64::INFINITY));
    ns.set("nan", Value::Float(f64::NAN));
    let fns: &[(&'static str, NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("expm1", expm1),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("exp2", exp2),
        ("erf", erf),
        ("erfc", erfc),
        ("nextafter", nextafter),
        ("ulp", ulp),
        ("remainder", remainder),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("atan2", atan2),
        ("hypot", hypot),
        ("pow", pow),
        ("fabs", fabs),
        ("fmod", fmod),
        ("copysign", copysign),
        ("degrees", degrees),
        ("radians", radians),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
        ("factorial", factorial),
        ("gcd", gcd),
        ("lcm", lcm),
        ("isqrt", isqrt),
        ("comb", comb),
        ("perm", perm),
        ("fsum", fsum),
        ("prod", prod),
        ("dist", dist),
    ];
    for (n, f) in fns {
        ns.set(n, new_module_builtin("math", n, *f));
    }
    Ok(m)
}

/// A float from a real number argument (`__float__` for other objects).
pub fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        _ => {
            if let Some(ObjData::BigInt(b)) = v.data() {
                return skein_interp::int::big_to_f64(b);
            }
            if matches!(v.data(), Some(ObjData::Instance(_))) {
                if let Some(Value::Float(f)) = vm.call_special(v, "__float__", vec![])? {
                    return Ok(f);
                }
            }
            Err(type_error(format!(
                "must be real number, not {}",
                type_name(v.class())
            )))
        }
    }
}

fn domain() -> skein_interp::func::Exc {
    value_error("math domain error")
}

fn range_err() -> skein_interp::func::Exc {
    overflow_error("math range error")
}

fn one_arg(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs) -> PyResult<f64> {
    no_kw(name, kw)?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    real(vm, &args[0])
}

fn two_args(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs) -> PyResult<(f64, f64)> {
    no_kw(name, kw)?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "{name} expected 2 arguments, got {}",
            args.len()
        )));
    }
    Ok((real(vm, &args[0])?, real(vm, &args[1])?))
}

/// Applies `f`, raising CPython's errors: NaN out of a non-NaN input is a domain
/// error, an infinity out of a finite input a range error.
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_err() } else { domain() });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($name:ident, $f:expr, $ovf:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
            let x = one_arg(vm, stringify!($name), args, kw)?;
            let f: fn(f64) -> f64 = $f;
            checked(x, f(x), $ovf)
        }
    };
}

unary!(exp, f64::exp, true);
unary!(expm1, f64::exp_m1, true);
unary!(sin, f64::sin, false);
unary!(cos, f64::cos, false);
unary!(tan, f64::tan, false);
unary!(asin, f64::asin, false);
unary!(acos, f64::acos, false);
unary!(atan, f64::atan, false);
unary!(sinh, f64::sinh, true);
unary!(cosh, f64::cosh, true);
unary!(tanh, f64::tanh, false);
unary!(asinh, f64::asinh, false);
unary!(acosh, f64::acosh, false);
unary!(atanh, f64::atanh, false);
unary!(cbrt, f64::cbrt, false);
unary!(exp2, f64::exp2, true);
unary!(erf, libm_erf, false);
unary!(erfc, libm_erfc, false);
unary!(fabs, f64::abs, false);

// CPython 3.11 takes erf, erfc and remainder from the C library; so does Skein, for
// the same last-bit results.
extern "C" {
    #[link_name = "erf"]
    fn c_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn c_erfc(x: f64) -> f64;
    #[link_name = "remainder"]
    fn c_remainder(x: f64, y: f64) -> f64;
}

fn libm_erf(x: f64) -> f64 {
    // SAFETY: a pure C math function of one double.
    unsafe { c_erf(x) }
}

fn libm_erfc(x: f64) -> f64 {
    // SAFETY: a pure C math function of one double.
    unsafe { c_erfc(x) }
}

fn remainder(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let (x, y) = two_args(vm, "remainder", args, kw)?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    // SAFETY: a pure C math function of two doubles.
    Ok(Value::Float(unsafe { c_remainder(x, y) }))
}

/// The next float after `x` towards `y` (C's nextafter, done on the bits).
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let b = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { b + 1 } else { b - 1 })
}

fn nextafter(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let (x, y) = two_args(vm, "nextafter", args, kw)?;
    Ok(Value::Float(next_toward(x, y)))
}

fn ulp(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let x = one_arg(vm, "ulp", args, kw)?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let up = next_toward(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - next_toward(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(up - x))
}
unary!(degrees, f64::to_degrees, true);
unary!(radians, f64::to_radians, false);

fn sqrt(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let x = one_arg(vm, "sqrt", args, kw)?;
    if x < 0.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.sqrt()))
}

/// CPython's `loghelper`: `func` of a real number; an int too big for a float is
/// `x * 2**e` with `x` in [0.5, 1), and its log is `func(x) + func(2) * e`.
fn log_with(vm: &mut Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(ObjData::BigInt(b)) = v.data() {
        if !b.is_positive() {
            return Err(domain());
        }
        let whole = b.to_f64().unwrap_or(f64::INFINITY);
        if whole.is_finite() {
            return Ok(func(whole));
        }
        let bits = b.bits();
        let shift = bits - 64;
        let top: BigInt = b >> shift;
        let x = top.to_f64().unwrap_or(f64::NAN) * 2f64.powi(-64);
        return Ok(func(x) + func(2.0) * bits as f64);
    }
    let x = real(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(func(x))
}

fn log(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("log", kw)?;
    nargs("log", args, 1, 2)?;
    let num = log_with(vm, &args[0], f64::ln)?;
    if args.len() == 2 {
        let den = log_with(vm, &args[1], f64::ln)?;
        if den == 0.0 {
            return Err(skein_interp::exc::zero_division("float division by zero"));
        }
        return Ok(Value::Float(num / den));
    }
    Ok(Value::Float(num))
}

fn log2(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("log2", kw)?;
    nargs("log2", args, 1, 1)?;
    Ok(Value::Float(log_with(vm, &args[0], f64::log2)?))
}

fn log10(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("log10", kw)?;
    nargs("log10", args, 1, 1)?;
    Ok(Value::Float(log_with(vm, &args[0], f64::log10)?))
}

fn log1p(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let x = one_arg(vm, "log1p", args, kw)?;
    if x <= -1.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.ln_1p()))
}

fn atan2(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let (y, x) = two_args(vm, "atan2", args, kw)?;
    Ok(Value::Float(y.atan2(x)))
}

/// The Euclidean norm, scaled by the largest magnitude so squares cannot overflow.
fn vector_norm(v: &[f64]) -> f64 {
    let mut max = 0.0f64;
    for x in v {
        if x.is_infinite() {
            return f64::INFINITY;
        }
        if x.is_nan() {
            max = f64::NAN;
        } else if max.is_finite() {
            max = max.max(x.abs());
        }
    }
    if max.is_nan() || max == 0.0 || v.len() <= 1 {
        return max;
    }
    let mut sum = 0.0f64;
    let mut comp = 0.0f64;
    for x in v {
        let q = x / max;
        let y = q * q - comp;
        let t = sum + y;
        comp = (t - sum) - y;
        sum = t;
    }
    max * sum.sqrt()
}

fn hypot(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("hypot", kw)?;
    let mut v = Vec::with_capacity(args.len());
    for a in args {
        v.push(real(vm, a)?);
    }
    Ok(Value::Float(vector_norm(&v)))
}

fn pow(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let (x, y) = two_args(vm, "pow", args, kw)?;
    if x == 0.0 && y < 0.0 {
        return Err(domain());
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err());
    }
    Ok(Value::Float(r))
}

fn fmod(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let (x, y) = two_args(vm, "fmod", args, kw)?;
    if y == 0.0 || x.is_infinite() {
        if x.is_nan() || y.is_nan() {
            return Ok(Value::Float(f64::NAN));
        }
        return Err(domain());
    }
    Ok(Value::Float(x % y))
}

fn copysign(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let (x, y) = two_args(vm, "copysign", args, kw)?;
    Ok(Value::Float(x.copysign(y)))
}

/// An int from a float, with CPython's errors for infinities and NaN.
fn float_to_int(x: f64) -> PyResult {
    skein_interp::num_methods::float_to_int_value(x)
}

fn rounding(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs, f: fn(f64) -> f64) -> PyResult {
    no_kw(name, kw)?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let v = &args[0];
    if is_int_like(v) {
        return Ok(match v {
            Value::Bool(b) => Value::Int(*b as i64),
            _ => v.clone(),
        });
    }
    if matches!(v.data(), Some(ObjData::Instance(_))) {
        if let Some(r) = vm.call_special(v, &format!("__{name}__"), vec![])? {
            return Ok(r);
        }
        if name == "trunc" {
            return Err(type_error(format!(
                "type {} doesn't define __trunc__ method",
                skein_interp::types::type_name(v.class())
            )));
        }
    }
    let x = real(vm, v)?;
    float_to_int(f(x))
}

fn floor(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    rounding(vm, "floor", args, kw, f64::floor)
}

fn ceil(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    rounding(vm, "ceil", args, kw, f64::ceil)
}

fn trunc(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    rounding(vm, "trunc", args, kw, f64::trunc)
}

fn modf(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let x = one_arg(vm, "modf", args, kw)?;
    if x.is_infinite() {
        return Ok(skein_interp::tuple::new_tuple(vec![
            Value::Float(0.0f64.copysign(x)),
            Value::Float(x),
        ]));
    }
    let i = x.trunc();
    Ok(skein_interp::tuple::new_tuple(vec![
        Value::Float((x - i).copysign(x)),
        Value::Float(i),
    ]))
}

fn frexp(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let x = one_arg(vm, "frexp", args, kw)?;
    if x == 0.0 || !x.is_finite() {
        return Ok(skein_interp::tuple::new_tuple(vec![
            Value::Float(x),
            Value::Int(0),
        ]));
    }
    let mut e = 0i64;
    let mut m = x;
    if m.abs() < f64::MIN_POSITIVE {
        m *= 2f64.powi(64);
        e -= 64;
    }
    let bits = m.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let mant = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    Ok(skein_interp::tuple::new_tuple(vec![
        Value::Float(mant),
        Value::Int(e + exp),
    ]))
}

fn ldexp(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("ldexp", kw)?;
    nargs("ldexp", args, 2, 2)?;
    let x = real(vm, &args[0])?;
    if !is_int_like(&args[1]) {
        return Err(type_error("Expected an int as second argument to ldexp."));
    }
    let e = skein_interp::int::as_i64(&args[1]).unwrap_or(
        if as_bigint(&args[1]).is_some_and(|b| b.is_negative()) {
            -100_000
        } else {
            100_000
        },
    );
    let e = e.clamp(-100_000, 100_000) as i32;
    let mut r = x;
    let mut left = e;
    while left != 0 {
        let step = left.clamp(-1000, 1000);
        r *= 2f64.powi(step);
        left -= step;
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(Value::Float(r))
}

fn isnan(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    Ok(Value::Bool(one_arg(vm, "isnan", args, kw)?.is_nan()))
}

fn isinf(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    Ok(Value::Bool(one_arg(vm, "isinf", args, kw)?.is_infinite()))
}

fn isfinite(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    Ok(Value::Bool(one_arg(vm, "isfinite", args, kw)?.is_finite()))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    match args.len() {
        0 => {
            return Err(type_error(
                "isclose() missing required argument 'a' (pos 1)",
            ))
        }
        1 => {
            return Err(type_error(
                "isclose() missing required argument 'b' (pos 2)",
            ))
        }
        2 => {}
        n => {
            return Err(type_error(format!(
                "isclose() takes exactly 2 positional arguments ({n} given)"
            )))
        }
    }
    let a = real(vm, &args[0])?;
    let b = real(vm, &args[1])?;
    let rel = match kwarg(kw, "rel_tol") {
        Some(v) => real(vm, &v)?,
        None => 1e-9,
    };
    let abs = match kwarg(kw, "abs_tol") {
        Some(v) => real(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (b - a).abs();
    Ok(Value::Bool(
        d <= (rel * b).abs() || d <= (rel * a).abs() || d <= abs,
    ))
}

/// An int argument as a big integer, with CPython's TypeError otherwise.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = as_bigint(v) {
        return Ok(b);
    }
    if matches!(v.data(), Some(ObjData::Instance(_))) {
        if let Some(r) = vm.call_special(v, "__index__", vec![])? {
            if let Some(b) = as_bigint(&r) {
                return Ok(b);
            }
        }
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v.class())
    )))
}

fn factorial(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("factorial", kw)?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "math.factorial() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let n = int_arg(vm, &args[0])?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().filter(|n| *n <= 1_000_000).ok_or_else(|| {
        overflow_error("factorial() argument should not exceed 9223372036854775807")
    })?;
    let mut acc = BigInt::one();
    for i in 2..=n {
        acc *= i;
    }
    Ok(from_bigint(acc))
}

fn gcd(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("gcd", kw)?;
    let mut acc = BigInt::zero();
    for a in args {
        let b = int_arg(vm, a)?;
        acc = acc.gcd(&b);
    }
    Ok(from_bigint(acc))
}

fn lcm(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("lcm", kw)?;
    let mut acc = BigInt::one();
    for a in args {
        let b = int_arg(vm, a)?;
        if b.is_zero() {
            acc = BigInt::zero();
        } else if !acc.is_zero() {
            acc = acc.lcm(&b);
        }
    }
    Ok(from_bigint(acc))
}

fn isqrt(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("isqrt", kw)?;
    nargs("isqrt", args, 1, 1)?;
    let n = int_arg(vm, &args[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(from_bigint(n.sqrt()))
}

fn comb_perm(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs, is_comb: bool) -> PyResult {
    no_kw(name, kw)?;
    let (lo, hi) = if is_comb { (2, 2) } else { (1, 2) };
    if args.len() < lo || args.len() > hi {
        return Err(type_error(if is_comb {
            format!("comb expected 2 arguments, got {}", args.len())
        } else {
            format!("perm expected at most 2 arguments, got {}", args.len())
        }));
    }
    let n = int_arg(vm, &args[0])?;
    let k = match args.get(1) {
        Some(v) if !v.is_none() => int_arg(vm, v)?,
        _ => n.clone(),
    };
    if n.is_negative() {
        // perm(n) is factorial(n), and says so.
        if !is_comb && args.get(1).is_none_or(|v| v.is_none()) {
            return Err(value_error("factorial() not defined for negative values"));
        }
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut k = k;
    if is_comb && &k * 2 > n {
        k = &n - &k;
    }
    let steps = k
        .to_u64()
        .ok_or_else(|| overflow_error(format!("{name}() argument too large")))?;
    let mut acc = BigInt::one();
    for i in 0..steps {
        acc *= &n - i;
        if is_comb {
            acc /= i + 1;
        }
    }
    Ok(from_bigint(acc))
}

fn comb(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    comb_perm(vm, "comb", args, kw, true)
}

fn perm(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    comb_perm(vm, "perm", args, kw, false)
}

/// Shewchuk's exact summation, as CPython's `fsum`.
fn fsum(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("fsum", kw)?;
    nargs("fsum", args, 1, 1)?;
    let items = vm.collect(&args[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    for it in &items {
        let mut x = real(vm, it)?;
        if !x.is_finite() {
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err(overflow_error("intermediate overflow in fsum"));
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if special.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            n -= 1;
            let x = hi;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn prod(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    nargs("prod", args, 1, 1)?;
    let mut acc = kwarg(kw, "start").unwrap_or(Value::Int(1));
    let items = vm.collect(&args[0])?;
    for it in &items {
        acc = vm.binary_op(skein_interp::bytecode::BinOp::Mul, &acc, it)?;
    }
    Ok(acc)
}

fn dist(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    no_kw("dist", kw)?;
    nargs("dist", args, 2, 2)?;
    let p = vm.collect(&args[0])?;
    let q = vm.collect(&args[1])?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut v = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(q.iter()) {
        v.push((real(vm, a)? - real(vm, b)?).abs());
    }
    Ok(Value::Float(vector_norm(&v)))
}

// CPython's own Gamma and log-Gamma (Modules/mathmodule.c, Lanczos approximation with
// these exact coefficients), so results agree to the last bit.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024680040776729583740234375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = (x.abs()) % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// `m_tgamma`: the value, or the domain error CPython raises.
fn tgamma(x: f64) -> PyResult<f64> {
    use std::f64::consts::PI;
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(domain());
    }
    if x == 0.0 {
        return Err(domain());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain());
        }
        if x <= 23.0 {
            let mut f = 1.0;
            for i in 2..(x as u32) {
                f *= i as f64;
            }
            return Ok(f);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(1.0 / x);
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sinpi(x));
        }
        return Ok(f64::INFINITY);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    Ok(r)
}

/// `m_lgamma`.
fn lgamma_of(x: f64) -> PyResult<f64> {
    use std::f64::consts::PI;
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(domain());
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = PI.ln() - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    Ok(r)
}

fn gamma(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let x = one_arg(vm, "gamma", args, kw)?;
    checked(x, tgamma(x)?, true)
}

fn lgamma(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let x = one_arg(vm, "lgamma", args, kw)?;
    checked(x, lgamma_of(x)?, true)
}
