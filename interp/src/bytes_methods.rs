//! `bytes` methods the modules and lessons lean on: join, hex, startswith, endswith, find, count.

use crate::argparse::*;
use crate::exc::type_error;
use crate::func::{KwArgs, PyResult};
use crate::object::ObjData;
use crate::type_methods::reg;
use crate::types::{type_name, types};
use crate::value::Value;
use crate::vm::Vm;

pub fn register() {
    let t = types().bytes;
    reg(t, "join", join);
    reg(t, "hex", hex);
    reg(t, "startswith", startswith);
    reg(t, "endswith", endswith);
    reg(t, "find", find);
    reg(t, "count", count);
}

fn this(args: &[Value]) -> PyResult<&[u8]> {
    match args.first().and_then(|v| v.data()) {
        Some(ObjData::Bytes(b)) => Ok(b),
        _ => Err(type_error("descriptor requires a 'bytes' object")),
    }
}

fn bytes_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a [u8]> {
    match v.data() {
        Some(ObjData::Bytes(b)) => Ok(b),
        _ => Err(type_error(format!(
            "{what}a bytes-like object is required, not '{}'",
            type_name(v.class())
        ))),
    }
}

fn join(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("join", &args[1.min(args.len())..], 1, 1)?;
    let sep = this(args)?.to_vec();
    let items = vm.collect(&args[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match it.data() {
            Some(ObjData::Bytes(b)) => out.extend_from_slice(b),
            _ => {
                return Err(type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    type_name(it.class())
                )))
            }
        }
    }
    Ok(crate::bytes::new_bytes(out))
}

fn hex(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let b = this(args)?;
    let s: String = b.iter().map(|c| format!("{c:02x}")).collect();
    Ok(crate::pystr::new_string(s))
}

/// The prefixes/suffixes to test: one bytes or a tuple of them.
fn affixes<'a>(name: &str, v: &'a Value) -> PyResult<Vec<&'a [u8]>> {
    match v.data() {
        Some(ObjData::Tuple(items)) => items
            .iter()
            .map(|x| bytes_arg(x, "a tuple item must be "))
            .collect(),
        Some(ObjData::Bytes(b)) => Ok(vec![b]),
        _ => Err(type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(v.class())
        ))),
    }
}

fn startswith(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("startswith", &args[1.min(args.len())..], 1, 1)?;
    let b = this(args)?;
    let ps = affixes("startswith", &args[1])?;
    Ok(Value::Bool(ps.iter().any(|p| b.starts_with(p))))
}

fn endswith(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("endswith", &args[1.min(args.len())..], 1, 1)?;
    let b = this(args)?;
    let ps = affixes("endswith", &args[1])?;
    Ok(Value::Bool(ps.iter().any(|p| b.ends_with(p))))
}

/// A needle: bytes, or an int 0..=255 for one byte.
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(ObjData::Bytes(b)) = v.data() {
        return Ok(b.to_vec());
    }
    let i = vm.index_value(v).map_err(|_| {
        type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(v.class())
        ))
    })?;
    if !(0..=255).contains(&i) {
        return Err(crate::exc::value_error("byte must be in range(0, 256)"));
    }
    Ok(vec![i as u8])
}

fn find(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("find", &args[1.min(args.len())..], 1, 1)?;
    let b = this(args)?.to_vec();
    let n = needle(vm, &args[1])?;
    let pos = if n.is_empty() {
        Some(0)
    } else {
        b.windows(n.len()).position(|w| w == n.as_slice())
    };
    Ok(Value::Int(pos.map_or(-1, |p| p as i64)))
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("count", &args[1.min(args.len())..], 1, 1)?;
    let b = this(args)?.to_vec();
    let n = needle(vm, &args[1])?;
    if n.is_empty() {
        return Ok(Value::Int(b.len() as i64 + 1));
    }
    let mut c = 0;
    let mut i = 0;
    while i + n.len() <= b.len() {
        if b[i..i + n.len()] == n[..] {
            c += 1;
            i += n.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(c))
}
