//! `str` and `bytes` methods: the everyday text operations and `str.format`.

use crate::argparse::*;
use crate::exc::{type_error, value_error};
use crate::func::{KwArgs, PyResult};
use crate::object::ObjData;
use crate::pystr::new_string;
use crate::type_methods::reg;
use crate::types::{type_name, types};
use crate::value::Value;
use crate::vm::Vm;

pub fn register() {
    let t = types().str;
    crate::types::tobj(t)
        .dict
        .set("__new__", crate::func::new_builtin("__new__", str_new));
    let ms: &[(&'static str, crate::func::NativeFn)] = &[
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("startswith", startswith),
        ("endswith", endswith),
        ("replace", replace),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("upper", upper),
        ("lower", lower),
        ("casefold", lower),
        ("swapcase", swapcase),
        ("title", title),
        ("capitalize", capitalize),
        ("format", format),
        ("format_map", format_map),
        ("encode", encode),
        ("isdigit", isdigit),
        ("isdecimal", isdigit),
        ("isnumeric", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("isidentifier", isidentifier),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("splitlines", splitlines),
        ("partition", partition),
        ("rpartition", rpartition),
        ("__len__", str_len),
    ];
    for (n, f) in ms {
        reg(t, n, *f);
    }
    reg(types().bytes, "decode", decode);
    crate::value_format::register();
    crate::types::tobj(types().bytes)
        .dict
        .set("__new__", crate::func::new_builtin("__new__", bytes_new));
}

fn s(args: &[Value]) -> PyResult<&str> {
    args.first()
        .and_then(|v| v.as_str())
        .ok_or_else(|| type_error("descriptor requires a 'str' object"))
}

fn str_arg<'a>(args: &'a [Value], i: usize, fname: &str) -> PyResult<Option<&'a str>> {
    match args.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(v) => v
            .as_str()
            .map(Some)
            .ok_or_else(|| type_error(format!("{fname} arg must be None or str"))),
    }
}

fn str_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let r = str_new_base(vm, args, kw)?;
    Ok(crate::subclass::relabel(args, types().str, r))
}

fn str_new_base(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("str", kw, &["encoding", "errors", "object"])?;
    match args.get(1).cloned().or_else(|| kwarg(kw, "object")) {
        None => Ok(crate::pystr::interned("")),
        Some(v) => {
            if let (Some(ObjData::Bytes(b)), true) = (v.data(), args.len() > 2 || !kw.is_empty()) {
                return Ok(new_string(String::from_utf8_lossy(b).into_owned()));
            }
            vm.str_value(&v)
        }
    }
}

fn str_len(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(s(args)?.chars().count() as i64))
}

fn join(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let sep = s(args)?.to_string();
    nargs("str.join", &args[1..], 1, 1)?;
    let items = vm.collect(&args[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match it.as_str() {
            Some(t) => out.push_str(t),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(it.class())
                )))
            }
        }
    }
    Ok(new_string(out))
}

fn split_common(args: &[Value], kw: KwArgs, right: bool) -> PyResult<Vec<String>> {
    let text = s(args)?;
    let sep = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "sep"))
        .unwrap_or(Value::None);
    let maxsplit = match args.get(2).cloned().or_else(|| kwarg(kw, "maxsplit")) {
        Some(Value::Int(n)) if n >= 0 => n as usize,
        _ => usize::MAX,
    };
    match sep.as_str() {
        None => {
            let mut parts: Vec<String> = Vec::new();
            if right {
                let mut rest = text.trim_end();
                while !rest.is_empty() {
                    if parts.len() == maxsplit {
                        parts.push(rest.to_string());
                        break;
                    }
                    match rest.rfind(char::is_whitespace) {
                        Some(p) => {
                            let w = rest[p..].chars().next().map_or(1, |c| c.len_utf8());
                            parts.push(rest[p + w..].to_string());
                            rest = rest[..p].trim_end();
                        }
                        None => {
                            parts.push(rest.to_string());
                            break;
                        }
                    }
                }
                parts.reverse();
            } else {
                let mut rest = text.trim_start();
                while !rest.is_empty() {
                    if parts.len() == maxsplit {
                        parts.push(rest.to_string());
                        break;
                    }
                    match rest.find(char::is_whitespace) {
                        Some(p) => {
                            parts.push(rest[..p].to_string());
                            rest = rest[p..].trim_start();
                        }
                        None => {
                            parts.push(rest.to_string());
                            break;
                        }
                    }
                }
            }
            Ok(parts)
        }
        Some("") => Err(value_error("empty separator")),
        Some(sep) => Ok(if right {
            let mut v: Vec<String> = text
                .rsplitn(maxsplit.saturating_add(1), sep)
                .map(str::to_string)
                .collect();
            v.reverse();
            v
        } else {
            text.splitn(maxsplit.saturating_add(1), sep)
                .map(str::to_string)
                .collect()
        }),
    }
}

fn to_list(v: Vec<String>) -> Value {
    crate::list::new_list(v.into_iter().map(new_string).collect())
}

fn split(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    Ok(to_list(split_common(args, kw, false)?))
}

fn rsplit(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    Ok(to_list(split_common(args, kw, true)?))
}

fn strip_with(args: &[Value], f: fn(&str, &[char]) -> String, ws: fn(&str) -> &str) -> PyResult {
    let text = s(args)?;
    match str_arg(args, 1, "strip")? {
        None => Ok(new_string(ws(text).to_string())),
        Some(chars) => {
            let cs: Vec<char> = chars.chars().collect();
            Ok(new_string(f(text, &cs)))
        }
    }
}

fn strip(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    strip_with(args, |t, c| t.trim_matches(c).to_string(), str::trim)
}

fn lstrip(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    strip_with(
        args,
        |t, c| t.trim_start_matches(c).to_string(),
        str::trim_start,
    )
}

fn rstrip(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    strip_with(
        args,
        |t, c| t.trim_end_matches(c).to_string(),
        str::trim_end,
    )
}

fn affix(vm: &mut Vm, args: &[Value], end: bool) -> PyResult {
    let text = s(args)?;
    let pats = match args.get(1) {
        Some(v) if v.as_str().is_some() => vec![v.clone()],
        Some(v) if matches!(v.data(), Some(ObjData::Tuple(_))) => vm.collect(v)?,
        Some(v) => {
            return Err(type_error(format!(
                "{} first arg must be str or a tuple of str, not {}",
                if end { "endswith" } else { "startswith" },
                type_name(v.class())
            )))
        }
        None => {
            return Err(type_error(
                "startswith() takes at least 1 argument (0 given)",
            ))
        }
    };
    for p in pats {
        let p = p.as_str().unwrap_or("");
        if (end && text.ends_with(p)) || (!end && text.starts_with(p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    affix(vm, args, false)
}

fn endswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    affix(vm, args, true)
}

fn replace(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let text = s(args)?;
    let (Some(old), Some(new)) = (
        args.get(1).and_then(|v| v.as_str()),
        args.get(2).and_then(|v| v.as_str()),
    ) else {
        return Err(type_error("replace() argument must be str"));
    };
    let count = match args.get(3) {
        Some(Value::Int(n)) if *n >= 0 => *n as usize,
        _ => usize::MAX,
    };
    if count == usize::MAX {
        return Ok(new_string(text.replace(old, new)));
    }
    Ok(new_string(text.replacen(old, new, count)))
}

fn char_pos(text: &str, byte: usize) -> i64 {
    text[..byte].chars().count() as i64
}

fn find_impl(args: &[Value], right: bool) -> PyResult<i64> {
    let text = s(args)?;
    let sub = args
        .get(1)
        .and_then(|v| v.as_str())
        .ok_or_else(|| type_error("must be str"))?;
    let start = match args.get(2) {
        Some(Value::Int(i)) => {
            let n = text.chars().count() as i64;
            let i = if *i < 0 { (*i + n).max(0) } else { (*i).min(n) };
            text.char_indices()
                .nth(i as usize)
                .map_or(text.len(), |(b, _)| b)
        }
        _ => 0,
    };
    let hay = &text[start..];
    let r = if right { hay.rfind(sub) } else { hay.find(sub) };
    Ok(r.map_or(-1, |b| char_pos(text, start + b)))
}

fn find(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(find_impl(args, false)?))
}

fn rfind(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(find_impl(args, true)?))
}

fn index(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    match find_impl(args, false)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    match find_impl(args, true)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let text = s(args)?;
    let sub = args
        .get(1)
        .and_then(|v| v.as_str())
        .ok_or_else(|| type_error("must be str"))?;
    if sub.is_empty() {
        return Ok(Value::Int(text.chars().count() as i64 + 1));
    }
    Ok(Value::Int(text.matches(sub).count() as i64))
}

fn upper(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(new_string(s(args)?.to_uppercase()))
}

fn lower(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(new_string(s(args)?.to_lowercase()))
}

fn swapcase(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let out: String = s(args)?
        .chars()
        .flat_map(|c| {
            if c.is_uppercase() {
                c.to_lowercase().collect::<Vec<_>>()
            } else {
                c.to_uppercase().collect()
            }
        })
        .collect();
    Ok(new_string(out))
}

fn title(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s(args)?.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    Ok(new_string(out))
}

fn capitalize(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let t = s(args)?;
    let mut cs = t.chars();
    let out = match cs.next() {
        Some(f) => f
            .to_uppercase()
            .chain(cs.flat_map(|c| c.to_lowercase()))
            .collect(),
        None => String::new(),
    };
    Ok(new_string(out))
}

fn pred(args: &[Value], f: fn(char) -> bool) -> PyResult {
    let t = s(args)?;
    Ok(Value::Bool(!t.is_empty() && t.chars().all(f)))
}

fn isdigit(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    pred(args, |c| c.is_numeric())
}

fn isalpha(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    pred(args, char::is_alphabetic)
}

fn isalnum(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    pred(args, char::is_alphanumeric)
}

fn isspace(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    pred(args, char::is_whitespace)
}

fn isupper(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let t = s(args)?;
    Ok(Value::Bool(
        t.chars().any(char::is_uppercase) && !t.chars().any(char::is_lowercase),
    ))
}

fn islower(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let t = s(args)?;
    Ok(Value::Bool(
        t.chars().any(char::is_lowercase) && !t.chars().any(char::is_uppercase),
    ))
}

fn isidentifier(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let t = s(args)?;
    let mut cs = t.chars();
    let ok = cs.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && cs.all(|c| c == '_' || c.is_alphanumeric());
    Ok(Value::Bool(ok))
}

fn justify(args: &[Value], how: char) -> PyResult {
    let t = s(args)?;
    let w = match args.get(1) {
        Some(Value::Int(w)) => (*w).max(0) as usize,
        _ => return Err(type_error("integer argument expected")),
    };
    let fill = match args.get(2).and_then(|v| v.as_str()) {
        Some(f) if f.chars().count() == 1 => f.chars().next().unwrap_or(' '),
        Some(_) => {
            return Err(type_error(
                "The fill character must be exactly one character long",
            ))
        }
        None => ' ',
    };
    let n = t.chars().count();
    if w <= n {
        return Ok(new_string(t.to_string()));
    }
    let pad = w - n;
    let f = |k: usize| fill.to_string().repeat(k);
    let out = match how {
        '<' => format!("{t}{}", f(pad)),
        '>' => format!("{}{t}", f(pad)),
        _ => {
            let left = pad / 2 + (pad & w & 1);
            format!("{}{t}{}", f(left), f(pad - left))
        }
    };
    Ok(new_string(out))
}

fn center(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    justify(args, '^')
}

fn ljust(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    justify(args, '<')
}

fn rjust(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    justify(args, '>')
}

fn zfill(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let t = s(args)?;
    let w = match args.get(1) {
        Some(Value::Int(w)) => (*w).max(0) as usize,
        _ => 0,
    };
    let n = t.chars().count();
    if w <= n {
        return Ok(new_string(t.to_string()));
    }
    let (sign, rest) = match t.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &t[1..]),
        _ => (String::new(), t),
    };
    Ok(new_string(format!("{sign}{}{rest}", "0".repeat(w - n))))
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let t = s(args)?;
    let keep = match args.get(1).cloned().or_else(|| kwarg(kw, "keepends")) {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut it = t.chars().peekable();
    while let Some(c) = it.next() {
        if matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        ) {
            let mut end = c.to_string();
            if c == '\r' && it.peek() == Some(&'\n') {
                it.next();
                end.push('\n');
            }
            if keep {
                cur.push_str(&end);
            }
            out.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    Ok(to_list(out))
}

fn partition_impl(args: &[Value], right: bool) -> PyResult {
    let t = s(args)?;
    let sep = args
        .get(1)
        .and_then(|v| v.as_str())
        .ok_or_else(|| type_error("must be str"))?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if right { t.rfind(sep) } else { t.find(sep) };
    let parts = match found {
        Some(p) => [&t[..p], sep, &t[p + sep.len()..]],
        None if right => ["", "", t],
        None => [t, "", ""],
    };
    Ok(crate::tuple::new_tuple(
        parts.iter().map(|p| new_string(p.to_string())).collect(),
    ))
}

fn partition(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    partition_impl(args, false)
}

fn rpartition(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    partition_impl(args, true)
}

fn encode(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(crate::bytes::new_bytes(s(args)?.as_bytes().to_vec()))
}

fn decode(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    match args.first().and_then(|v| v.data()) {
        Some(ObjData::Bytes(b)) => match std::str::from_utf8(b) {
            Ok(t) => Ok(new_string(t.to_string())),
            Err(_) => Err(crate::exc::new_exc_msg(
                types().unicode_decode_error,
                "'utf-8' codec can't decode bytes",
            )),
        },
        _ => Err(type_error("decode requires bytes")),
    }
}

fn bytes_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let r = bytes_new_base(vm, args, kw)?;
    Ok(crate::subclass::relabel(args, types().bytes, r))
}

fn bytes_new_base(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    match args.get(1) {
        None => Ok(crate::bytes::new_bytes(vec![])),
        Some(Value::Int(n)) => Ok(crate::bytes::new_bytes(vec![0; (*n).max(0) as usize])),
        Some(v) if v.as_str().is_some() => match args.get(2) {
            Some(_) => Ok(crate::bytes::new_bytes(
                v.as_str().unwrap_or("").as_bytes().to_vec(),
            )),
            None => Err(type_error("string argument without an encoding")),
        },
        Some(v) => {
            let items = vm.collect(v)?;
            let mut out = Vec::new();
            for it in items {
                match it {
                    Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                    _ => return Err(value_error("bytes must be in range(0, 256)")),
                }
            }
            Ok(crate::bytes::new_bytes(out))
        }
    }
}

/// `str.format(*args, **kwargs)`.
fn format(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let f = s(args)?.to_string();
    Ok(new_string(crate::value_format::str_format(
        vm,
        &f,
        &args[1..],
        kw,
    )?))
}

/// `str.format_map(mapping)`.
fn format_map(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("format_map", args, 2, 2)?;
    let f = s(args)?.to_string();
    Ok(new_string(crate::value_format::str_format_map(
        vm, &f, &args[1],
    )?))
}
