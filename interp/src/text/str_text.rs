//! `str` methods that take CPython's `start`/`end` ranges (find family, count,
//! startswith/endswith), the Unicode predicates, encode, translate/maketrans,
//! expandtabs, casefold and removeprefix/removesuffix.

use crate::argparse::*;
use crate::exc::{type_error, value_error};
use crate::func::{KwArgs, PyResult};
use crate::object::{alloc, ObjData};
use crate::pystr::new_string;
use crate::type_methods::reg;
use crate::types::{tobj, type_name, types};
use crate::value::Value;
use crate::vm::Vm;

pub fn register() {
    let t = types().str;
    let ms: &[(&'static str, crate::func::NativeFn)] = &[
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("casefold", casefold),
        ("istitle", istitle),
        ("isascii", isascii),
        ("isprintable", isprintable),
        ("isdecimal", isdecimal),
        ("isdigit", isdigit),
        ("isnumeric", isnumeric),
        ("expandtabs", expandtabs),
        ("translate", translate),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("encode", encode),
    ];
    for (n, f) in ms {
        reg(t, n, *f);
    }
    let mk = crate::func::new_builtin("maketrans", maketrans);
    tobj(t).dict.set(
        "maketrans",
        alloc(types().staticmethod, ObjData::StaticMethod(mk)),
    );
}

fn this(args: &[Value]) -> PyResult<&str> {
    args.first()
        .and_then(|v| v.as_str())
        .ok_or_else(|| type_error("descriptor requires a 'str' object"))
}

/// One `start`/`end` argument: None, or an int (or `__index__`).
pub fn slice_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(v) => vm.index_value(v).map(Some).map_err(|_| {
            type_error("slice indices must be integers or None or have an __index__ method")
        }),
    }
}

/// CPython's `ADJUST_INDICES`: clamps `start`/`end` (negative from the end) into
/// `0..=len`; `start` may still exceed `len` or `end`, callers check.
pub fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    if s < 0 {
        s = (s + len).max(0);
    }
    (s as usize, e as usize)
}

/// The text between character positions `s..e` and the byte offset where it starts.
fn char_range(t: &str, s: usize, e: usize) -> (&str, usize) {
    if t.is_ascii() {
        return (&t[s..e], s);
    }
    let mut it = t
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(t.len()));
    let bs = it.nth(s).unwrap_or(t.len());
    let be = if e > s {
        it.nth(e - s - 1).unwrap_or(t.len())
    } else {
        bs
    };
    (&t[bs..be], bs)
}

fn char_index(t: &str, byte: usize) -> usize {
    if t.is_ascii() {
        byte
    } else {
        t[..byte].chars().count()
    }
}

fn needle<'a>(fname: &str, v: Option<&'a Value>) -> PyResult<&'a str> {
    match v {
        None => Err(type_error(format!(
            "{fname}() takes at least 1 argument (0 given)"
        ))),
        Some(v) => v
            .as_str()
            .ok_or_else(|| type_error(format!("must be str, not {}", type_name(v.class())))),
    }
}

fn ranged<'a>(
    vm: &mut Vm,
    fname: &str,
    args: &'a [Value],
) -> PyResult<(&'a str, &'a str, usize, usize, usize)> {
    let t = this(args)?;
    if args.len() > 4 {
        return Err(type_error(format!(
            "{fname} expected at most 3 arguments, got {}",
            args.len() - 1
        )));
    }
    let sub = needle(fname, args.get(1))?;
    let start = slice_bound(vm, args.get(2))?;
    let end = slice_bound(vm, args.get(3))?;
    let len = if t.is_ascii() {
        t.len()
    } else {
        t.chars().count()
    };
    let (s, e) = adjust(start, end, len);
    Ok((t, sub, s, e, len))
}

fn find_in(vm: &mut Vm, fname: &str, args: &[Value], right: bool) -> PyResult<i64> {
    let (t, sub, s, e, len) = ranged(vm, fname, args)?;
    if s > len || e < s {
        return Ok(-1);
    }
    let (hay, base) = char_range(t, s, e);
    let r = if right { hay.rfind(sub) } else { hay.find(sub) };
    Ok(r.map_or(-1, |b| char_index(t, base + b) as i64))
}

fn find(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(find_in(vm, "find", args, false)?))
}

fn rfind(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(find_in(vm, "rfind", args, true)?))
}

fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    match find_in(vm, "index", args, false)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    match find_in(vm, "rindex", args, true)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let (t, sub, s, e, len) = ranged(vm, "count", args)?;
    if s > len || e < s {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int((e - s) as i64 + 1));
    }
    let (hay, _) = char_range(t, s, e);
    // A one-character needle searches with memchr rather than the two-way searcher.
    let n = match sub.chars().next().filter(|c| c.len_utf8() == sub.len()) {
        Some(c) => hay.matches(c).count(),
        None => hay.matches(sub).count(),
    };
    Ok(Value::Int(n as i64))
}

fn affix(vm: &mut Vm, args: &[Value], end: bool) -> PyResult {
    let fname = if end { "endswith" } else { "startswith" };
    let t = this(args)?;
    let Some(pat) = args.get(1) else {
        return Err(type_error(format!(
            "{fname}() takes at least 1 argument (0 given)"
        )));
    };
    if args.len() > 4 {
        return Err(type_error(format!(
            "{fname}() takes at most 3 arguments ({} given)",
            args.len() - 1
        )));
    }
    if let (2, Some(p)) = (args.len(), pat.as_str()) {
        // No bounds: the whole text, with no character counting (`k.endswith("7")`).
        return Ok(Value::Bool(if end {
            t.ends_with(p)
        } else {
            t.starts_with(p)
        }));
    }
    let start = slice_bound(vm, args.get(2))?;
    let stop = slice_bound(vm, args.get(3))?;
    let len = t.chars().count();
    let (s, e) = adjust(start, stop, len);
    let hay = if s > len {
        None
    } else {
        Some(char_range(t, s, e.max(s)).0)
    };
    let test = |p: &str| -> bool {
        match hay {
            None => false,
            Some(h) => {
                if e < s {
                    return false;
                }
                if end {
                    h.ends_with(p)
                } else {
                    h.starts_with(p)
                }
            }
        }
    };
    match pat.data() {
        Some(ObjData::Tuple(items)) => {
            for it in items.iter() {
                let p = it.as_str().ok_or_else(|| {
                    type_error(format!(
                        "tuple for {fname} must only contain str, not {}",
                        type_name(it.class())
                    ))
                })?;
                if test(p) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        _ => match pat.as_str() {
            Some(p) => Ok(Value::Bool(test(p))),
            None => Err(type_error(format!(
                "{fname} first arg must be str or a tuple of str, not {}",
                type_name(pat.class())
            ))),
        },
    }
}

fn startswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    affix(vm, args, false)
}

fn endswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    affix(vm, args, true)
}

/// Full case folding for the characters where it differs from `lower()`.
fn casefold(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let mut out = String::new();
    for c in this(args)?.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ſ' => out.push('s'),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            'ς' => out.push('σ'),
            'µ' => out.push('μ'),
            'ΐ' => out.push_str("ι\u{308}\u{301}"),
            'İ' => out.push_str("i\u{307}"),
            c => out.extend(c.to_lowercase()),
        }
    }
    Ok(new_string(out))
}

fn is_titlecase(c: char) -> bool {
    matches!(
        c,
        'ǅ' | 'ǈ' | 'ǋ' | 'ǲ' | '\u{1f88}'..='\u{1f8f}' | '\u{1f98}'..='\u{1f9f}'
            | '\u{1fa8}'..='\u{1faf}' | 'ᾼ' | 'ῌ' | 'ῼ'
    )
}

fn istitle(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let mut cased = false;
    let mut prev_cased = false;
    for c in this(args)?.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

fn pred(args: &[Value], f: fn(char) -> bool) -> PyResult {
    let t = this(args)?;
    Ok(Value::Bool(!t.is_empty() && t.chars().all(f)))
}

fn isascii(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Bool(this(args)?.is_ascii()))
}

fn isprintable(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Bool(
        this(args)?.chars().all(skein_grammar::pyrepr::is_printable),
    ))
}

fn is_decimal(c: char) -> bool {
    crate::format::unicode_digits::decimal_value(c).is_some()
}

/// Digits that are not decimal (superscripts, circled digits, ...): `Numeric_Type=Digit`.
fn is_digit(c: char) -> bool {
    is_decimal(c)
        || matches!(c,
            '²' | '³' | '¹' | '\u{2070}' | '\u{2074}'..='\u{2079}' | '\u{2080}'..='\u{2089}'
            | '\u{2460}'..='\u{2468}' | '\u{2474}'..='\u{247c}' | '\u{2488}'..='\u{2490}'
            | '\u{24ea}' | '\u{24f5}'..='\u{24fd}' | '\u{24ff}' | '\u{2776}'..='\u{277e}'
            | '\u{2780}'..='\u{2788}' | '\u{278a}'..='\u{2792}' | '\u{1369}'..='\u{1371}'
            | '\u{19da}')
}

fn isdecimal(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    pred(args, is_decimal)
}

fn isdigit(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    pred(args, is_digit)
}

/// CJK ideographs with a numeric value (`Numeric_Type=Numeric`, category Lo).
fn is_cjk_numeral(c: char) -> bool {
    matches!(
        c,
        '〇' | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '億'
            | '兆'
            | '零'
            | '壱'
            | '弐'
            | '参'
            | '拾'
            | '廿'
            | '卅'
            | '壹'
            | '贰'
            | '貳'
            | '叁'
            | '參'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '佰'
            | '仟'
            | '萬'
            | '亿'
    )
}

fn isnumeric(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    pred(args, |c| c.is_numeric() || is_digit(c) || is_cjk_numeral(c))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("expandtabs", kw, &["tabsize"])?;
    let t = this(args)?;
    let size = match args.get(1).cloned().or_else(|| kwarg(kw, "tabsize")) {
        Some(v) => vm.index_value(&v)?,
        None => 8,
    };
    let mut out = String::with_capacity(t.len());
    let mut col: i64 = 0;
    for c in t.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    crate::exc::check_alloc(out.len().saturating_add(n as usize))?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_string(out))
}

fn translate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("translate", &args[1.min(args.len())..], 1, 1)?;
    let t = this(args)?.to_string();
    let table = args[1].clone();
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        match vm.get_item(&table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(r) => out.push(r),
                None => return Err(value_error("character mapping must be in range(0x110000)")),
            },
            Ok(v) => match v.as_str() {
                Some(s) => out.push_str(s),
                None => {
                    return Err(type_error(
                        "character mapping must return integer, None or str",
                    ))
                }
            },
            Err(e) => {
                if crate::exc::is_instance_of(&e, types().lookup_error) {
                    out.push(c);
                } else {
                    return Err(e);
                }
            }
        }
    }
    Ok(new_string(out))
}

fn maketrans(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("maketrans", args, 1, 3)?;
    let d = crate::dict_ops::new_dict();
    if args.len() == 1 {
        let Some(ObjData::Dict(_)) = args[0].data() else {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        let items = crate::dict_ops::map_of(&args[0])
            .map(|m| m.lock().items())
            .unwrap_or_default();
        for (k, v) in items {
            let key = if let Some(s) = k.as_str() {
                let mut cs = s.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => Value::Int(c as i64),
                    _ => {
                        return Err(value_error(
                            "string keys in translate table must be of length 1",
                        ))
                    }
                }
            } else if matches!(k, Value::Int(_)) {
                k
            } else {
                return Err(type_error(
                    "keys in translate table must be strings or integers",
                ));
            };
            vm.dict_set(&d, key, v)?;
        }
        return Ok(d);
    }
    let (Some(x), Some(y)) = (args[0].as_str(), args[1].as_str()) else {
        let bad = if args[0].as_str().is_none() {
            &args[0]
        } else {
            &args[1]
        };
        let n = if args[0].as_str().is_none() { 1 } else { 2 };
        return Err(type_error(format!(
            "maketrans() argument {n} must be str, not {}",
            type_name(bad.class())
        )));
    };
    if x.chars().count() != y.chars().count() {
        return Err(value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        vm.dict_set(&d, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = args.get(2) {
        let z = z.as_str().ok_or_else(|| {
            type_error(format!(
                "maketrans() argument 3 must be str, not {}",
                type_name(z.class())
            ))
        })?;
        for c in z.chars() {
            vm.dict_set(&d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(d)
}

fn affix_arg<'a>(fname: &str, args: &'a [Value]) -> PyResult<(&'a str, &'a str)> {
    nargs(fname, &args[1.min(args.len())..], 1, 1)?;
    let t = this(args)?;
    let p = args[1].as_str().ok_or_else(|| {
        type_error(format!(
            "{fname}() argument must be str, not {}",
            type_name(args[1].class())
        ))
    })?;
    Ok((t, p))
}

fn removeprefix(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let (t, p) = affix_arg("removeprefix", args)?;
    match t.strip_prefix(p) {
        Some(r) if !p.is_empty() => Ok(new_string(r.to_string())),
        _ => Ok(args[0].clone()),
    }
}

fn removesuffix(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let (t, p) = affix_arg("removesuffix", args)?;
    match t.strip_suffix(p) {
        Some(r) if !p.is_empty() => Ok(new_string(r.to_string())),
        _ => Ok(args[0].clone()),
    }
}

/// The `encoding`/`errors` pair of encode, decode, `str(b, ...)`, `bytes(s, ...)`.
pub fn codec_args(
    fname: &str,
    args: &[Value],
    kw: KwArgs,
) -> PyResult<(crate::codecs::Codec, String)> {
    check_kw(fname, kw, &["encoding", "errors"])?;
    let get = |i: usize, name: &str| args.get(i).cloned().or_else(|| kwarg(kw, name));
    let text = |v: Option<Value>, which: &str, default: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) => v.as_str().map(str::to_string).ok_or_else(|| {
                type_error(format!(
                    "{fname}() argument '{which}' must be str, not {}",
                    type_name(v.class())
                ))
            }),
        }
    };
    let enc = text(get(0, "encoding"), "encoding", "utf-8")?;
    let errors = text(get(1, "errors"), "errors", "strict")?;
    Ok((crate::codecs::lookup(&enc)?, errors))
}

fn encode(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let t = this(args)?;
    if args.len() > 3 {
        return Err(type_error(format!(
            "encode() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    let (codec, errors) = codec_args("encode", &args[1..], kw)?;
    Ok(crate::bytes::new_bytes(crate::codecs::encode(
        t, codec, &errors,
    )?))
}
