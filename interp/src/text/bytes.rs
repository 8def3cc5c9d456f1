//! `bytes` construction (`bytes(...)`, `bytearray(...)` share it), repr, decoding, and
//! reading any bytes-like value (bytes, bytearray, memoryview) as a byte slice.

use std::borrow::Cow;

use crate::argparse::*;
use crate::exc::{type_error, value_error};
use crate::func::{KwArgs, PyResult};
use crate::object::{alloc, ObjData};
use crate::types::{type_name, types};
use crate::value::Value;
use crate::vm::Vm;

pub fn new_bytes(b: Vec<u8>) -> Value {
    alloc(types().bytes, ObjData::Bytes(b.into_boxed_slice()))
}

/// The bytes of a bytes-like value: bytes (borrowed) or bytearray (a snapshot).
pub fn bytes_like(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v.data()? {
        ObjData::Bytes(b) => Some(Cow::Borrowed(b)),
        ObjData::Native(n) => {
            if let Some(ba) = n.downcast_ref::<crate::bytearray::ByteArray>() {
                return Some(Cow::Owned(ba.0.lock().clone()));
            }
            n.downcast_ref::<crate::memoryview::MemoryView>()
                .map(|mv| Cow::Owned(mv.snapshot()))
        }
        _ => None,
    }
}

/// `bytes_like`, or CPython's "a bytes-like object is required, not 'T'".
pub fn need_bytes_like(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    bytes_like(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v.class())
        ))
    })
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut s = String::from("b");
    s.push(quote);
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            c if c as char == quote => {
                s.push('\\');
                s.push(c as char);
            }
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(quote);
    s
}

/// `str(b, encoding, errors)` and `b.decode(encoding, errors)`: `args` are the
/// arguments after the bytes.
pub fn decode_value(v: &Value, args: &[Value], kw: KwArgs, fname: &str) -> PyResult {
    let (codec, errors) = crate::str_text::codec_args(fname, args, kw)?;
    let data = match bytes_like(v) {
        Some(d) => d,
        None if fname == "str" => {
            return Err(type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                type_name(v.class())
            )))
        }
        None => return Err(type_error("descriptor 'decode' requires a 'bytes' object")),
    };
    Ok(crate::pystr::new_string(crate::codecs::decode(
        &data, codec, &errors,
    )?))
}

pub fn decode(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let Some(me) = args.first() else {
        return Err(type_error("descriptor 'decode' needs an argument"));
    };
    if args.len() > 3 {
        return Err(type_error(format!(
            "decode() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    decode_value(me, &args[1..], kw, "decode")
}

/// The contents `bytes(x, encoding, errors)` / `bytearray(x, ...)` start with.
pub fn initial_bytes(vm: &mut Vm, fname: &str, args: &[Value], kw: KwArgs) -> PyResult<Vec<u8>> {
    check_kw(fname, kw, &["source", "encoding", "errors"])?;
    if args.len() > 3 {
        return Err(type_error(format!(
            "{fname}() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let src = args.first().cloned().or_else(|| kwarg(kw, "source"));
    let has_enc =
        args.len() > 1 || kwarg(kw, "encoding").is_some() || kwarg(kw, "errors").is_some();
    let Some(src) = src else {
        if has_enc {
            return Err(type_error(
                if kwarg(kw, "errors").is_some() && args.len() < 2 {
                    "errors without a string argument"
                } else {
                    "encoding without a string argument"
                },
            ));
        }
        return Ok(Vec::new());
    };
    if let Some(t) = src.as_str() {
        if !has_enc {
            return Err(type_error("string argument without an encoding"));
        }
        let rest: Vec<Value> = args.iter().skip(1).cloned().collect();
        let kw2: Vec<_> = kw
            .iter()
            .filter(|(k, _)| crate::call::name_str(k) != "source")
            .cloned()
            .collect();
        let (codec, errors) = crate::str_text::codec_args(fname, &rest, &kw2)?;
        return crate::codecs::encode(t, codec, &errors);
    }
    if has_enc {
        return Err(type_error(if args.len() > 1 {
            "encoding without a string argument"
        } else {
            "errors without a string argument"
        }));
    }
    if let Some(b) = bytes_like(&src) {
        return Ok(b.into_owned());
    }
    if let Value::Int(n) = src {
        if n < 0 {
            return Err(value_error("negative count"));
        }
        crate::exc::check_alloc(n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    if crate::int::is_int_like(&src) && !matches!(src, Value::Bool(_)) {
        return Err(crate::exc::overflow_error(
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    if let Some(r) = vm.call_special(&src, "__bytes__", vec![])? {
        return match r.data() {
            Some(ObjData::Bytes(b)) => Ok(b.to_vec()),
            _ => Err(type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                type_name(r.class())
            ))),
        };
    }
    if matches!(src, Value::Float(_) | Value::None)
        || crate::types::lookup(src.class(), "__iter__").is_none()
            && crate::types::lookup(src.class(), "__getitem__").is_none()
            && !matches!(
                src.data(),
                Some(
                    ObjData::List(_)
                        | ObjData::Tuple(_)
                        | ObjData::Set(_)
                        | ObjData::Dict(_)
                        | ObjData::Range(..)
                        | ObjData::Iter(_)
                        | ObjData::RangeIter(_)
                        | ObjData::Generator(_)
                )
            )
    {
        return Err(type_error(format!(
            "cannot convert '{}' object to {fname}",
            type_name(src.class())
        )));
    }
    let items = vm.collect(&src)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        // bytes() names the container in its range error, bytearray() the element.
        out.push(byte_value(vm, &it).map_err(|e| {
            if fname == "bytes" && crate::exc::is_instance_of(&e, types().value_error) {
                value_error("bytes must be in range(0, 256)")
            } else {
                e
            }
        })?);
    }
    Ok(out)
}

/// One element stored into bytes: an int in `0..256` (or `__index__`).
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        v if crate::int::is_int_like(v) => {
            return Err(value_error("byte must be in range(0, 256)"))
        }
        v => vm.index_value(v).map_err(|_| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v.class())
            ))
        })?,
    };
    u8::try_from(i).map_err(|_| value_error("byte must be in range(0, 256)"))
}

pub fn bytes_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let rest = &args[1.min(args.len())..];
    if rest.len() == 1 && kw.is_empty() {
        if let Some(ObjData::Bytes(_)) = rest[0].data() {
            return Ok(rest[0].clone());
        }
    }
    Ok(new_bytes(initial_bytes(vm, "bytes", rest, kw)?))
}
