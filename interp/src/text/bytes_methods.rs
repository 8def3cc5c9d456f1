//! The methods `bytes` and `bytearray` share (registered on both; results take the
//! receiver's type): search with start/end, split/strip/replace/partition, case, padding,
//! predicates, hex/fromhex, decode, and `%` formatting.

use std::borrow::Cow;

use crate::argparse::*;
use crate::bytes::{bytes_like, new_bytes};
use crate::exc::{type_error, value_error};
use crate::func::{KwArgs, PyResult};
use crate::object::{alloc, ObjData};
use crate::str_text::{adjust, slice_bound};
use crate::type_methods::reg;
use crate::types::{tobj, type_name, types, TypeRef};
use crate::value::Value;
use crate::vm::Vm;

pub fn register() {
    register_on(types().bytes);
    crate::types::tobj(types().bytes).dict.set(
        "__new__",
        crate::func::new_builtin("__new__", crate::bytes::bytes_new),
    );
    reg(types().bytes, "__mod__", percent);
}

/// Registers the shared methods on `t` (bytes, or bytearray when it is created).
pub fn register_on(t: TypeRef) {
    let ms: &[(&'static str, crate::func::NativeFn)] = &[
        ("decode", crate::bytes::decode),
        ("join", join),
        ("hex", hex),
        ("startswith", startswith),
        ("endswith", endswith),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("split", split),
        ("rsplit", rsplit),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("partition", partition),
        ("rpartition", rpartition),
        ("splitlines", splitlines),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("isascii", isascii),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("expandtabs", expandtabs),
    ];
    for (n, f) in ms {
        reg(t, n, *f);
    }
    let fromhex = crate::func::new_builtin("fromhex", fromhex);
    tobj(t).dict.set(
        "fromhex",
        alloc(types().classmethod, ObjData::ClassMethod(fromhex)),
    );
}

fn this(args: &[Value]) -> PyResult<Cow<'_, [u8]>> {
    args.first()
        .and_then(bytes_like)
        .ok_or_else(|| type_error("descriptor requires a 'bytes' object"))
}

/// A result of the receiver's type.
fn wrap(me: &Value, b: Vec<u8>) -> Value {
    if matches!(me.data(), Some(ObjData::Bytes(_))) {
        new_bytes(b)
    } else {
        crate::bytearray::new_bytearray(b)
    }
}

fn other<'a>(v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    crate::bytes::need_bytes_like(v)
}

fn join(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("join", &args[1.min(args.len())..], 1, 1)?;
    let sep = this(args)?.into_owned();
    let items = vm.collect(&args[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_like(it) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    type_name(it.class())
                )))
            }
        }
    }
    Ok(wrap(&args[0], out))
}

fn hex(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("hex", kw, &["sep", "bytes_per_sep"])?;
    let b = this(args)?;
    let sep = args.get(1).cloned().or_else(|| kwarg(kw, "sep"));
    let per = match args.get(2).cloned().or_else(|| kwarg(kw, "bytes_per_sep")) {
        Some(v) => vm.index_value(&v)?,
        None => 1,
    };
    let digits: Vec<String> = b.iter().map(|c| format!("{c:02x}")).collect();
    let sep = match sep {
        None | Some(Value::None) => return Ok(crate::pystr::new_string(digits.concat())),
        Some(v) => match (v.as_str(), bytes_like(&v)) {
            (Some(s), _) => s.to_string(),
            (None, Some(b)) => String::from_utf8_lossy(&b).into_owned(),
            _ => return Err(type_error("sep must be str or bytes.")),
        },
    };
    if sep.chars().count() != 1 {
        return Err(value_error("sep must be length 1."));
    }
    if per == 0 || digits.is_empty() {
        return Ok(crate::pystr::new_string(digits.concat()));
    }
    let n = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        // Groups are counted from the right.
        let first = match digits.len() % n {
            0 => n,
            r => r,
        };
        groups.push(digits[..first].concat());
        for c in digits[first..].chunks(n) {
            groups.push(c.concat());
        }
    } else {
        for c in digits.chunks(n) {
            groups.push(c.concat());
        }
    }
    Ok(crate::pystr::new_string(groups.join(&sep)))
}

fn fromhex(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("fromhex", &args[1.min(args.len())..], 1, 1)?;
    let s = args[1].as_str().ok_or_else(|| {
        type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(args[1].class())
        ))
    })?;
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        if cs[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = cs[i].to_digit(16);
        let lo = cs.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return Err(value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )))
            }
            (Some(_), None) => {
                return Err(value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
        }
        i += 2;
    }
    let is_bytearray = args[0]
        .obj()
        .is_some_and(|o| std::ptr::eq(&**o, crate::bytearray::bytearray_type()));
    Ok(if is_bytearray {
        crate::bytearray::new_bytearray(out)
    } else {
        new_bytes(out)
    })
}

/// A needle: a bytes-like value, or an int 0..=255 for one byte.
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b.into_owned());
    }
    if !crate::int::is_int_like(v) {
        return Err(type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(v.class())
        )));
    }
    let i = vm.index_value(v)?;
    if !(0..=255).contains(&i) {
        return Err(value_error("byte must be in range(0, 256)"));
    }
    Ok(vec![i as u8])
}

fn find_bytes(hay: &[u8], n: &[u8], right: bool) -> Option<usize> {
    if n.is_empty() {
        return Some(if right { hay.len() } else { 0 });
    }
    if n.len() > hay.len() {
        return None;
    }
    if right {
        hay.windows(n.len()).rposition(|w| w == n)
    } else {
        hay.windows(n.len()).position(|w| w == n)
    }
}

fn ranged(vm: &mut Vm, fname: &str, args: &[Value]) -> PyResult<(Vec<u8>, Vec<u8>, usize, usize)> {
    let b = this(args)?.into_owned();
    nargs(fname, &args[1.min(args.len())..], 1, 3)?;
    let n = needle(vm, &args[1])?;
    let start = slice_bound(vm, args.get(2))?;
    let end = slice_bound(vm, args.get(3))?;
    let (s, e) = adjust(start, end, b.len());
    Ok((b, n, s, e))
}

fn find_in(vm: &mut Vm, fname: &str, args: &[Value], right: bool) -> PyResult<i64> {
    let (b, n, s, e) = ranged(vm, fname, args)?;
    if s > b.len() || e < s {
        return Ok(-1);
    }
    Ok(find_bytes(&b[s..e], &n, right).map_or(-1, |p| (p + s) as i64))
}

fn find(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(find_in(vm, "find", args, false)?))
}

fn rfind(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(find_in(vm, "rfind", args, true)?))
}

fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    match find_in(vm, "index", args, false)? {
        -1 => Err(value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    match find_in(vm, "rindex", args, true)? {
        -1 => Err(value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let (b, n, s, e) = ranged(vm, "count", args)?;
    if s > b.len() || e < s {
        return Ok(Value::Int(0));
    }
    let hay = &b[s..e];
    if n.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    let mut c = 0;
    let mut i = 0;
    while i + n.len() <= hay.len() {
        if hay[i..i + n.len()] == n[..] {
            c += 1;
            i += n.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(c))
}

fn affix(vm: &mut Vm, args: &[Value], end: bool) -> PyResult {
    let fname = if end { "endswith" } else { "startswith" };
    let b = this(args)?.into_owned();
    nargs(fname, &args[1.min(args.len())..], 1, 3)?;
    let start = slice_bound(vm, args.get(2))?;
    let stop = slice_bound(vm, args.get(3))?;
    let (s, e) = adjust(start, stop, b.len());
    let test = |p: &[u8]| {
        if s > b.len() || e < s {
            return false;
        }
        let h = &b[s..e];
        if end {
            h.ends_with(p)
        } else {
            h.starts_with(p)
        }
    };
    let pat = &args[1];
    if let Some(ObjData::Tuple(items)) = pat.data() {
        for it in items.iter() {
            let p = bytes_like(it).ok_or_else(|| {
                type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(it.class())
                ))
            })?;
            if test(&p) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    match bytes_like(pat) {
        Some(p) => Ok(Value::Bool(test(&p))),
        None => Err(type_error(format!(
            "{fname} first arg must be bytes or a tuple of bytes, not {}",
            type_name(pat.class())
        ))),
    }
}

fn startswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    affix(vm, args, false)
}

fn endswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    affix(vm, args, true)
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn split_impl(args: &[Value], kw: KwArgs, right: bool) -> PyResult {
    let fname = if right { "rsplit" } else { "split" };
    check_kw(fname, kw, &["sep", "maxsplit"])?;
    let b = this(args)?.into_owned();
    let sep = args.get(1).cloned().or_else(|| kwarg(kw, "sep"));
    let maxsplit = match args.get(2).cloned().or_else(|| kwarg(kw, "maxsplit")) {
        Some(Value::Int(n)) if n >= 0 => n as usize,
        Some(Value::Int(_)) | None => usize::MAX,
        Some(v) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v.class())
            )))
        }
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        None | Some(Value::None) => {
            let mut words: Vec<(usize, usize)> = Vec::new();
            let mut i = 0;
            while i < b.len() {
                while i < b.len() && is_space(b[i]) {
                    i += 1;
                }
                let st = i;
                while i < b.len() && !is_space(b[i]) {
                    i += 1;
                }
                if st < i {
                    words.push((st, i));
                }
            }
            if words.len() > maxsplit.saturating_add(1) {
                if right {
                    let cut = words.len() - maxsplit;
                    parts.push(b[..words[cut - 1].1].to_vec());
                    for &(s, e) in &words[cut..] {
                        parts.push(b[s..e].to_vec());
                    }
                } else {
                    for &(s, e) in &words[..maxsplit] {
                        parts.push(b[s..e].to_vec());
                    }
                    parts.push(b[words[maxsplit].0..].to_vec());
                }
            } else {
                for (s, e) in words {
                    parts.push(b[s..e].to_vec());
                }
            }
        }
        Some(v) => {
            let sep = other(&v)?.into_owned();
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            if right {
                let mut end = b.len();
                let mut n = 0;
                while n < maxsplit {
                    match find_bytes(&b[..end], &sep, true) {
                        Some(p) => {
                            parts.push(b[p + sep.len()..end].to_vec());
                            end = p;
                            n += 1;
                        }
                        None => break,
                    }
                }
                parts.push(b[..end].to_vec());
                parts.reverse();
            } else {
                let mut start = 0;
                let mut n = 0;
                while n < maxsplit {
                    match find_bytes(&b[start..], &sep, false) {
                        Some(p) => {
                            parts.push(b[start..start + p].to_vec());
                            start += p + sep.len();
                            n += 1;
                        }
                        None => break,
                    }
                }
                parts.push(b[start..].to_vec());
            }
        }
    }
    let me = &args[0];
    Ok(crate::list::new_list(
        parts.into_iter().map(|p| wrap(me, p)).collect(),
    ))
}

fn split(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    split_impl(args, kw, false)
}

fn rsplit(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    split_impl(args, kw, true)
}

fn strip_impl(args: &[Value], left: bool, right: bool) -> PyResult {
    let b = this(args)?;
    let chars: Option<Vec<u8>> = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(other(v)?.into_owned()),
    };
    let strip_it = |c: u8| match &chars {
        None => is_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && strip_it(b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip_it(b[e - 1]) {
            e -= 1;
        }
    }
    Ok(wrap(&args[0], b[s..e].to_vec()))
}

fn strip(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    strip_impl(args, true, true)
}

fn lstrip(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    strip_impl(args, true, false)
}

fn rstrip(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    strip_impl(args, false, true)
}

fn replace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("replace", &args[1.min(args.len())..], 2, 3)?;
    let b = this(args)?.into_owned();
    let old = other(&args[1])?.into_owned();
    let new = other(&args[2])?.into_owned();
    let count = match args.get(3) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(b.len());
    let mut n = 0;
    if old.is_empty() {
        for (i, &c) in b.iter().enumerate() {
            if n < max {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(c);
            let _ = i;
        }
        if n < max {
            out.extend_from_slice(&new);
        }
        return Ok(wrap(&args[0], out));
    }
    let mut i = 0;
    while i < b.len() {
        if n < max && b[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            n += 1;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Ok(wrap(&args[0], out))
}

fn partition_impl(args: &[Value], right: bool) -> PyResult {
    nargs("partition", &args[1.min(args.len())..], 1, 1)?;
    let b = this(args)?.into_owned();
    let sep = other(&args[1])?.into_owned();
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let me = &args[0];
    let parts = match find_bytes(&b, &sep, right) {
        Some(p) => [b[..p].to_vec(), sep.clone(), b[p + sep.len()..].to_vec()],
        None if right => [Vec::new(), Vec::new(), b],
        None => [b, Vec::new(), Vec::new()],
    };
    Ok(crate::tuple::new_tuple(
        parts.into_iter().map(|p| wrap(me, p)).collect(),
    ))
}

fn partition(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    partition_impl(args, false)
}

fn rpartition(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    partition_impl(args, true)
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("splitlines", kw, &["keepends"])?;
    let b = this(args)?.into_owned();
    let keep = match args.get(1).cloned().or_else(|| kwarg(kw, "keepends")) {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\n' || b[i] == b'\r' {
            let mut end = i + 1;
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(b[start..if keep { end } else { i }].to_vec());
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        out.push(b[start..].to_vec());
    }
    let me = &args[0];
    Ok(crate::list::new_list(
        out.into_iter().map(|p| wrap(me, p)).collect(),
    ))
}

fn map_bytes(args: &[Value], f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult {
    let b = this(args)?;
    let out = f(&b);
    Ok(wrap(&args[0], out))
}

fn upper(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    map_bytes(args, |b| b.to_ascii_uppercase())
}

fn lower(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    map_bytes(args, |b| b.to_ascii_lowercase())
}

fn swapcase(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    map_bytes(args, |b| {
        b.iter()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn capitalize(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    map_bytes(args, |b| {
        b.iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn title(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    map_bytes(args, |b| {
        let mut prev = false;
        b.iter()
            .map(|&c| {
                let r = if prev {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(args: &[Value], f: fn(&u8) -> bool) -> PyResult {
    let b = this(args)?;
    Ok(Value::Bool(!b.is_empty() && b.iter().all(f)))
}

fn isdigit(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    pred(args, u8::is_ascii_digit)
}

fn isalpha(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    pred(args, u8::is_ascii_alphabetic)
}

fn isalnum(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    pred(args, u8::is_ascii_alphanumeric)
}

fn isspace(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    pred(args, |c| is_space(*c))
}

fn isupper(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let b = this(args)?;
    Ok(Value::Bool(
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase),
    ))
}

fn islower(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let b = this(args)?;
    Ok(Value::Bool(
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase),
    ))
}

fn isascii(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Bool(this(args)?.is_ascii()))
}

fn justify(vm: &mut Vm, args: &[Value], how: char) -> PyResult {
    let b = this(args)?.into_owned();
    let fname = match how {
        '<' => "ljust",
        '>' => "rjust",
        _ => "center",
    };
    nargs(fname, &args[1.min(args.len())..], 1, 2)?;
    let w = vm.index_value(&args[1])?.max(0) as usize;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match bytes_like(v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(type_error(format!(
                    "{fname}() argument 2 must be a byte string of length 1, not {}",
                    type_name(v.class())
                )))
            }
        },
    };
    if w <= b.len() {
        return Ok(wrap(&args[0], b));
    }
    crate::exc::check_alloc(w)?;
    let pad = w - b.len();
    let left = match how {
        '<' => 0,
        '>' => pad,
        _ => pad / 2 + (pad & w & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&b);
    out.extend(std::iter::repeat_n(fill, pad - left));
    Ok(wrap(&args[0], out))
}

fn center(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    justify(vm, args, '^')
}

fn ljust(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    justify(vm, args, '<')
}

fn rjust(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    justify(vm, args, '>')
}

fn zfill(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("zfill", &args[1.min(args.len())..], 1, 1)?;
    let b = this(args)?.into_owned();
    let w = vm.index_value(&args[1])?.max(0) as usize;
    if w <= b.len() {
        return Ok(wrap(&args[0], b));
    }
    crate::exc::check_alloc(w)?;
    let (sign, rest) = match b.first() {
        Some(c @ (b'+' | b'-')) => (vec![*c], &b[1..]),
        _ => (Vec::new(), &b[..]),
    };
    let mut out = sign;
    out.extend(std::iter::repeat_n(b'0', w - b.len()));
    out.extend_from_slice(rest);
    Ok(wrap(&args[0], out))
}

fn removeprefix(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("removeprefix", &args[1.min(args.len())..], 1, 1)?;
    let b = this(args)?.into_owned();
    let p = other(&args[1])?;
    let out = b.strip_prefix(&p[..]).map_or(b.clone(), <[u8]>::to_vec);
    Ok(wrap(&args[0], out))
}

fn removesuffix(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("removesuffix", &args[1.min(args.len())..], 1, 1)?;
    let b = this(args)?.into_owned();
    let p = other(&args[1])?;
    let out = b.strip_suffix(&p[..]).map_or(b.clone(), <[u8]>::to_vec);
    Ok(wrap(&args[0], out))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("expandtabs", kw, &["tabsize"])?;
    let b = this(args)?.into_owned();
    let size = match args.get(1).cloned().or_else(|| kwarg(kw, "tabsize")) {
        Some(v) => vm.index_value(&v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(b.len());
    let mut col: i64 = 0;
    for c in b {
        match c {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    crate::exc::check_alloc(out.len().saturating_add(n as usize))?;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(wrap(&args[0], out))
}

/// `bytes % args`: formatted as Latin-1 text through `str % args`, where a bytes-like
/// argument stands for its bytes and a str argument is CPython's TypeError.
pub fn percent(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__mod__", &args[1.min(args.len())..], 1, 1)?;
    let fmt = this(args)?;
    let as_text = |b: &[u8]| -> String { b.iter().map(|&c| c as char).collect() };
    let fmt_text = crate::pystr::new_string(as_text(&fmt));
    let convert = |v: &Value| -> PyResult<Value> {
        if let Some(b) = bytes_like(v) {
            return Ok(crate::pystr::new_string(as_text(&b)));
        }
        if v.as_str().is_some() {
            return Err(type_error(
                "%b requires a bytes-like object, or an object that implements __bytes__, not 'str'",
            ));
        }
        Ok(v.clone())
    };
    let rhs = match args[1].data() {
        Some(ObjData::Tuple(items)) => {
            let conv: PyResult<Vec<Value>> = items.iter().map(convert).collect();
            crate::tuple::new_tuple(conv?)
        }
        Some(ObjData::Dict(_)) => args[1].clone(),
        _ => convert(&args[1])?,
    };
    let out = crate::printf::str_percent(vm, &fmt_text, &rhs)?;
    let text = out.as_str().unwrap_or("");
    let bytes: Vec<u8> = text
        .chars()
        .map(|c| u8::try_from(c as u32).unwrap_or(b'?'))
        .collect();
    Ok(wrap(&args[0], bytes))
}
