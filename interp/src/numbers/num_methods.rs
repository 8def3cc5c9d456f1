//! `int` and `float` methods whose arithmetic lives in `format/`: `as_integer_ratio`, `conjugate`, `is_integer` (float), `hex`, `fromhex`, `to_bytes`, `from_bytes`.

use crate::argparse::{check_kw, kwarg, nargs};
use crate::exc::type_error;
use crate::format::{float_ops, int_ops};
use crate::func::{KwArgs, PyResult};
use crate::int::{as_bigint, from_bigint};
use crate::object::ObjData;
use crate::pystr::new_string;
use crate::type_methods::{reg, reg_classmethod};
use crate::types::{type_name, types};
use crate::value::Value;
use crate::vm::Vm;

pub fn register() {
    let t = types();
    reg(t.float, "as_integer_ratio", float_as_integer_ratio);
    reg(t.float, "is_integer", float_is_integer);
    reg(t.float, "hex", float_hex);
    reg_classmethod(t.float, "fromhex", float_fromhex);
    reg(t.float, "conjugate", float_conjugate);
    reg(t.float, "__trunc__", float_trunc);
    reg(t.float, "__floor__", float_floor);
    reg(t.float, "__ceil__", float_ceil);
    reg(t.int, "as_integer_ratio", int_as_integer_ratio);
    reg(t.int, "conjugate", int_conjugate);
    reg(t.int, "to_bytes", int_to_bytes);
    reg_classmethod(t.int, "from_bytes", int_from_bytes);
}

/// `int(x)` for a float as a Value: unboxed when it fits, else `format::float_ops`
/// (which owns the big path and the NaN/infinity errors).
pub fn float_to_int_value(x: f64) -> PyResult {
    if x.abs() < 9.0e18 {
        return Ok(Value::Int(x as i64));
    }
    Ok(from_bigint(float_ops::float_to_int(x)?))
}

fn self_float(args: &[Value], name: &str) -> PyResult<f64> {
    match args.first() {
        Some(Value::Float(x)) => Ok(*x),
        Some(v) => Err(type_error(format!(
            "descriptor '{name}' for 'float' objects doesn't apply to a '{}' object",
            type_name(v.class())
        ))),
        None => Err(type_error(format!(
            "unbound method float.{name}() needs an argument"
        ))),
    }
}

fn self_int(args: &[Value], name: &str) -> PyResult<num_bigint::BigInt> {
    match args.first() {
        Some(v) => as_bigint(v).ok_or_else(|| {
            type_error(format!(
                "descriptor '{name}' for 'int' objects doesn't apply to a '{}' object",
                type_name(v.class())
            ))
        }),
        None => Err(type_error(format!(
            "unbound method int.{name}() needs an argument"
        ))),
    }
}

fn float_as_integer_ratio(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("as_integer_ratio", args, 1, 1)?;
    let (n, d) = float_ops::as_integer_ratio(self_float(args, "as_integer_ratio")?)?;
    Ok(crate::tuple::new_tuple(vec![
        from_bigint(n),
        from_bigint(d),
    ]))
}

fn float_conjugate(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("conjugate", args, 1, 1)?;
    Ok(Value::Float(self_float(args, "conjugate")?))
}

/// `float.__trunc__` / `__floor__` / `__ceil__`: the int after rounding with `f`.
fn float_round_to_int(args: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult {
    nargs(name, args, 1, 1)?;
    float_to_int_value(f(self_float(args, name)?))
}

fn float_trunc(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    float_round_to_int(args, "__trunc__", f64::trunc)
}

fn float_floor(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    float_round_to_int(args, "__floor__", f64::floor)
}

fn float_ceil(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    float_round_to_int(args, "__ceil__", f64::ceil)
}

fn int_conjugate(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("conjugate", args, 1, 1)?;
    Ok(from_bigint(self_int(args, "conjugate")?))
}

fn float_is_integer(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("is_integer", args, 1, 1)?;
    Ok(Value::Bool(float_ops::is_integer(self_float(
        args,
        "is_integer",
    )?)))
}

fn float_hex(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("hex", args, 1, 1)?;
    Ok(new_string(float_ops::float_hex(self_float(args, "hex")?)))
}

fn float_fromhex(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("fromhex", args, 2, 2)?;
    let Some(s) = args[1].as_str() else {
        return Err(type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(args[1].class())
        )));
    };
    Ok(Value::Float(float_ops::float_fromhex(s)?))
}

fn int_as_integer_ratio(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("as_integer_ratio", args, 1, 1)?;
    let n = self_int(args, "as_integer_ratio")?;
    Ok(crate::tuple::new_tuple(vec![from_bigint(n), Value::Int(1)]))
}

/// `byteorder`: `'little'` is true, `'big'` false.
fn byteorder(v: Option<Value>, fname: &str) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match v.as_str() {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(crate::exc::value_error(
            "byteorder must be either 'little' or 'big'",
        )),
        None => Err(type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            type_name(v.class())
        ))),
    }
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("to_bytes", kw, &["length", "byteorder", "signed"])?;
    nargs("to_bytes", args, 1, 3)?;
    let n = self_int(args, "to_bytes")?;
    let length = match args.get(1).cloned().or_else(|| kwarg(kw, "length")) {
        Some(l) => vm.index_value(&l)?,
        None => 1,
    };
    let little = byteorder(
        args.get(2).cloned().or_else(|| kwarg(kw, "byteorder")),
        "to_bytes",
    )?;
    let signed = match kwarg(kw, "signed") {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    Ok(crate::bytes::new_bytes(int_ops::int_to_bytes(
        &n, length, little, signed,
    )?))
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("from_bytes", kw, &["bytes", "byteorder", "signed"])?;
    nargs("from_bytes", args, 1, 3)?;
    let Some(src) = args.get(1).cloned().or_else(|| kwarg(kw, "bytes")) else {
        return Err(type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let little = byteorder(
        args.get(2).cloned().or_else(|| kwarg(kw, "byteorder")),
        "from_bytes",
    )?;
    let signed = match kwarg(kw, "signed") {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let bytes: Vec<u8> = match src.data() {
        Some(ObjData::Bytes(b)) => b.to_vec(),
        _ => {
            let items = if src.as_str().is_some() {
                Err(())
            } else {
                vm.collect(&src).map_err(|_| ())
            }
            .map_err(|_| {
                type_error(format!(
                    "cannot convert '{}' object to bytes",
                    type_name(src.class())
                ))
            })?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                match it {
                    Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                    _ => return Err(crate::exc::value_error("bytes must be in range(0, 256)")),
                }
            }
            out
        }
    };
    Ok(from_bigint(int_ops::int_from_bytes(&bytes, little, signed)))
}
