//! `str` and `bytes` methods: the everyday text operations and `str.format`.

use crate::argparse::*;
use crate::exc::{type_error, value_error};
use crate::func::{KwArgs, PyResult};
use crate::pystr::{new_str, new_string};
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
        ("replace", replace),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("title", title),
        ("capitalize", capitalize),
        ("format", format),
        ("format_map", format_map),
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
    crate::value_format::register();
    crate::str_text::register();
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
            if args.len() > 2 || kw.iter().any(|(k, _)| crate::call::name_str(k) != "object") {
                return crate::bytes::decode_value(&v, &args[2.min(args.len())..], kw, "str");
            }
            vm.str_value(&v)
        }
    }
}

fn str_len(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(s(args)?.chars().count() as i64))
}

fn join(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let sep = s(args)?;
    nargs("str.join", &args[1..], 1, 1)?;
    let items = vm.collect(&args[1])?;
    // The pieces first, then one str built from them (inline when short).
    let mut pieces: Vec<&str> = Vec::with_capacity(items.len() * 2);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            pieces.push(sep);
        }
        match it.as_str() {
            Some(t) => pieces.push(t),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(it.class())
                )))
            }
        }
    }
    Ok(crate::pystr::new_from_parts(&pieces))
}

/// The pieces of `split`/`rsplit` as new str objects, in order.
fn split_common(args: &[Value], kw: KwArgs, right: bool) -> PyResult<Vec<Value>> {
    let text = s(args)?;
    let sep = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "sep"))
        .unwrap_or(Value::None);
    let maxsplit = match args.get(2).cloned().or_else(|| kwarg(kw, "maxsplit")) {
        Some(Value::Int(n)) if n >= 0 => n as usize,
        None | Some(Value::Int(_)) => usize::MAX,
        Some(v) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v.class())
            )))
        }
    };
    if !sep.is_none() && sep.as_str().is_none() {
        return Err(type_error(format!(
            "must be str or None, not {}",
            type_name(sep.class())
        )));
    }
    match sep.as_str() {
        None => {
            let mut parts: Vec<&str> = Vec::new();
            if right {
                let mut rest = text.trim_end_matches(is_space);
                while !rest.is_empty() {
                    if parts.len() == maxsplit {
                        parts.push(rest);
                        break;
                    }
                    match rest.rfind(is_space) {
                        Some(p) => {
                            let w = rest[p..].chars().next().map_or(1, |c| c.len_utf8());
                            parts.push(&rest[p + w..]);
                            rest = rest[..p].trim_end_matches(is_space);
                        }
                        None => {
                            parts.push(rest);
                            break;
                        }
                    }
                }
                parts.reverse();
            } else {
                let mut rest = text.trim_start_matches(is_space);
                while !rest.is_empty() {
                    if parts.len() == maxsplit {
                        parts.push(rest);
                        break;
                    }
                    match rest.find(is_space) {
                        Some(p) => {
                            parts.push(&rest[..p]);
                            rest = rest[p..].trim_start_matches(is_space);
                        }
                        None => {
                            parts.push(rest);
                            break;
                        }
                    }
                }
            }
            Ok(parts.into_iter().map(new_str).collect())
        }
        Some("") => Err(value_error("empty separator")),
        Some(sep) => {
            let n = maxsplit.saturating_add(1);
            // A one-character separator (`","`, `"\n"`) searches with memchr; a longer
            // one with the two-way searcher.
            let one = sep.chars().next().filter(|c| c.len_utf8() == sep.len());
            if let (Some(c), false) = (one, right) {
                // The result list is allocated once at its final size (counting an ASCII
                // separator is one vectorized pass), and pieces become str objects
                // directly: no growing vector of slices first (8 MB for 500k words).
                let mut out = match u8::try_from(c) {
                    Ok(b) if b.is_ascii() => {
                        let seps = text.bytes().filter(|&x| x == b).count();
                        Vec::with_capacity(seps.min(n - 1) + 1)
                    }
                    _ => Vec::new(),
                };
                out.extend(text.splitn(n, c).map(new_str));
                return Ok(out);
            }
            let mut out: Vec<Value> = match (one, right) {
                (Some(c), false) => text.splitn(n, c).map(new_str).collect(),
                (None, false) => text.splitn(n, sep).map(new_str).collect(),
                (Some(c), true) => text.rsplitn(n, c).map(new_str).collect(),
                (None, true) => text.rsplitn(n, sep).map(new_str).collect(),
            };
            if right {
                out.reverse();
            }
            Ok(out)
        }
    }
}

fn to_list(v: Vec<String>) -> Value {
    crate::list::new_list(v.into_iter().map(new_string).collect())
}

fn split(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    Ok(crate::list::new_list(split_common(args, kw, false)?))
}

fn rsplit(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    Ok(crate::list::new_list(split_common(args, kw, true)?))
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
    strip_with(
        args,
        |t, c| t.trim_matches(c).to_string(),
        |t| t.trim_matches(is_space),
    )
}

fn lstrip(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    strip_with(
        args,
        |t, c| t.trim_start_matches(c).to_string(),
        |t| t.trim_start_matches(is_space),
    )
}

fn rstrip(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    strip_with(
        args,
        |t, c| t.trim_end_matches(c).to_string(),
        |t| t.trim_end_matches(is_space),
    )
}

fn replace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let text = s(args)?;
    nargs("replace", &args[1.min(args.len())..], 2, 3)?;
    let mut strs = [""; 2];
    for (i, slot) in strs.iter_mut().enumerate() {
        let v = &args[i + 1];
        *slot = v.as_str().ok_or_else(|| {
            type_error(format!(
                "replace() argument {} must be str, not {}",
                i + 1,
                type_name(v.class())
            ))
        })?;
    }
    let [old, new] = strs;
    let count = match args.get(3) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let count = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if count == usize::MAX {
        return Ok(new_string(text.replace(old, new)));
    }
    Ok(new_string(text.replacen(old, new, count)))
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
            push_title(&mut out, c);
        }
        prev_cased = c.is_alphabetic();
    }
    Ok(new_string(out))
}

fn capitalize(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let t = s(args)?;
    let mut cs = t.chars();
    let mut out = String::with_capacity(t.len());
    if let Some(f) = cs.next() {
        push_title(&mut out, f);
        out.extend(cs.flat_map(|c| c.to_lowercase()));
    }
    Ok(new_string(out))
}

fn pred(args: &[Value], f: fn(char) -> bool) -> PyResult {
    let t = s(args)?;
    Ok(Value::Bool(!t.is_empty() && t.chars().all(f)))
}

fn isalpha(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    pred(args, char::is_alphabetic)
}

fn isalnum(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    pred(args, char::is_alphanumeric)
}

fn isspace(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    pred(args, is_space)
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

fn justify(vm: &mut Vm, args: &[Value], how: char) -> PyResult {
    let t = s(args)?;
    let w = match args.get(1) {
        Some(v) => int_arg(vm, v)?.max(0) as usize,
        None => return Err(type_error("integer argument expected")),
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
    crate::exc::check_alloc(w)?;
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
    let t = s(args)?;
    nargs("zfill", &args[1.min(args.len())..], 1, 1)?;
    let w = int_arg(vm, &args[1])?.max(0) as usize;
    let n = t.chars().count();
    if w <= n {
        return Ok(new_string(t.to_string()));
    }
    crate::exc::check_alloc(w)?;
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
        .ok_or_else(|| type_error("partition() takes exactly one argument (0 given)"))?;
    let sep = sep
        .as_str()
        .ok_or_else(|| type_error(format!("must be str, not {}", type_name(sep.class()))))?;
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

/// Python's white space (`Py_UNICODE_ISSPACE`), which includes `\x1c`-`\x1f`.
fn is_space(c: char) -> bool {
    crate::format::unicode_digits::is_space(c)
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.index_value(v).map_err(|_| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v.class())
        ))
    })
}

/// Appends the titlecase form of `c` (Rust has upper and lower case only).
fn push_title(out: &mut String, c: char) {
    let special = match c {
        'Ǆ' | 'ǅ' | 'ǆ' => "ǅ",
        'Ǉ' | 'ǈ' | 'ǉ' => "ǈ",
        'Ǌ' | 'ǋ' | 'ǌ' => "ǋ",
        'Ǳ' | 'ǲ' | 'ǳ' => "ǲ",
        'ß' => "Ss",
        'ﬀ' => "Ff",
        'ﬁ' => "Fi",
        'ﬂ' => "Fl",
        'ﬃ' => "Ffi",
        'ﬄ' => "Ffl",
        'ﬅ' | 'ﬆ' => "St",
        _ => {
            out.extend(c.to_uppercase());
            return;
        }
    };
    out.push_str(special);
}
