//! printf-style `str % args` formatting with CPython's conversions and errors.

use crate::exc::type_error;
use crate::value_format::{fix_exp, fmt_g, format_int, pad, Spec};
use crate::func::PyResult;
use crate::int::{is_int_like, to_f64};
use crate::object::ObjData;
use crate::pystr::new_string;
use crate::types::type_name;
use crate::value::Value;
use crate::vm::Vm;

pub fn str_percent(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult {
    let f = fmt.as_str().unwrap_or("");
    let (items, mapping) = match args.data() {
        Some(ObjData::Tuple(t)) => (t.to_vec(), None),
        Some(ObjData::Dict(_)) => (vec![args.clone()], Some(args.clone())),
        _ => (vec![args.clone()], None),
    };
    let cs: Vec<char> = f.chars().collect();
    let mut out = String::new();
    let mut argi = 0;
    let mut i = 0;
    let mut next_arg = |vm: &mut Vm| -> PyResult<Value> {
        let _ = vm;
        let v = items.get(argi).cloned();
        argi += 1;
        v.ok_or_else(|| type_error("not enough arguments for format string"))
    };
    while i < cs.len() {
        let c = cs[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut key = None;
        if i < cs.len() && cs[i] == '(' {
            let start = i + 1;
            let mut depth = 1;
            i += 1;
            while i < cs.len() && depth > 0 {
                if cs[i] == '(' {
                    depth += 1;
                } else if cs[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            key = Some(cs[start..i - 1].iter().collect::<String>());
        }
        let mut sp = Spec::default();
        while i < cs.len() && matches!(cs[i], '-' | '+' | ' ' | '#' | '0') {
            match cs[i] {
                '-' => sp.align = Some('<'),
                '+' => sp.sign = Some('+'),
                ' ' => {
                    if sp.sign.is_none() {
                        sp.sign = Some(' ')
                    }
                }
                '#' => sp.alt = true,
                _ => sp.zero = true,
            }
            i += 1;
        }
        if i < cs.len() && cs[i] == '*' {
            let w = next_arg(vm)?;
            sp.width = vm.index_value(&w)?.max(0) as usize;
            i += 1;
        } else {
            let s = i;
            while i < cs.len() && cs[i].is_ascii_digit() {
                i += 1;
            }
            sp.width = cs[s..i].iter().collect::<String>().parse().unwrap_or(0);
        }
        if i < cs.len() && cs[i] == '.' {
            i += 1;
            if i < cs.len() && cs[i] == '*' {
                let p = next_arg(vm)?;
                sp.precision = Some(vm.index_value(&p)?.max(0) as usize);
                i += 1;
            } else {
                let s = i;
                while i < cs.len() && cs[i].is_ascii_digit() {
                    i += 1;
                }
                sp.precision = Some(cs[s..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        while i < cs.len() && matches!(cs[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        let Some(&conv) = cs.get(i) else {
            return Err(crate::exc::value_error("incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        if sp.align == Some('<') {
            sp.zero = false;
        }
        let v = match (&key, &mapping) {
            (Some(k), Some(m)) => vm.get_item(m, &new_string(k.clone()))?,
            (Some(_), None) => return Err(type_error("format requires a mapping")),
            _ => next_arg(vm)?,
        };
        out.push_str(&convert(vm, conv, &v, &mut sp, i - 1)?);
    }
    if argi < items.len() && mapping.is_none() && !items.is_empty() {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(new_string(out))
}

fn convert(vm: &mut Vm, conv: char, v: &Value, sp: &mut Spec, at: usize) -> PyResult<String> {
    let num_err = |v: &Value| {
        type_error(format!(
            "%{conv} format: a real number is required, not {}",
            type_name(v.class())
        ))
    };
    match conv {
        's' | 'r' | 'a' => {
            let s = match conv {
                's' => vm.str_of(v)?,
                'r' => vm.repr(v)?,
                _ => crate::value_format::ascii_of(&vm.repr(v)?),
            };
            let s: String = match sp.precision {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            };
            sp.zero = false;
            Ok(pad(sp, "", &s, true))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let iv = if is_int_like(v) {
                v.clone()
            } else if let Value::Float(f) = v {
                crate::int::from_bigint(crate::int::float_to_big(*f))
            } else {
                return Err(type_error(format!(
                    "%{conv} format: a {} is required, not {}",
                    if conv == 'd' || conv == 'i' || conv == 'u' {
                        "real number"
                    } else {
                        "integer"
                    },
                    type_name(v.class())
                )));
            };
            sp.ty = Some(match conv {
                'x' => 'x',
                'X' => 'X',
                'o' => 'o',
                _ => 'd',
            });
            let prec = sp.precision.take();
            let mut s = format_int(
                &iv,
                &Spec {
                    width: 0,
                    ..spec_copy(sp)
                },
            )
            .map_err(crate::exc::value_error)?;
            if let Some(p) = prec {
                let neg = s.starts_with('-');
                let digits = s.trim_start_matches('-');
                if digits.len() < p {
                    s = format!(
                        "{}{}{}",
                        if neg { "-" } else { "" },
                        "0".repeat(p - digits.len()),
                        digits
                    );
                }
            }
            let (sign, body) = split_sign(&s);
            Ok(pad(sp, sign, body, true))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = to_f64(v).ok_or_else(|| num_err(v))?;
            let p = sp.precision.unwrap_or(6);
            let a = f.abs();
            let body = if a.is_nan() {
                "nan".to_string()
            } else if a.is_infinite() {
                "inf".to_string()
            } else {
                match conv {
                    'e' | 'E' => {
                        let s = fix_exp(&format!("{a:.p$e}"));
                        if conv == 'E' {
                            s.to_uppercase()
                        } else {
                            s
                        }
                    }
                    'f' | 'F' => format!("{a:.p$}"),
                    _ => fmt_g(a, if p == 0 { 1 } else { p }, sp.alt, conv == 'G'),
                }
            };
            let sign = if f.is_sign_negative() && !f.is_nan() {
                "-"
            } else {
                match sp.sign {
                    Some('+') => "+",
                    Some(' ') => " ",
                    _ => "",
                }
            };
            Ok(pad(sp, sign, &body, true))
        }
        'c' => {
            let s = match v {
                Value::Int(i) => char::from_u32(*i as u32)
                    .map(|c| c.to_string())
                    .unwrap_or_default(),
                _ => v.as_str().unwrap_or("").to_string(),
            };
            Ok(pad(sp, "", &s, true))
        }
        other => Err(crate::exc::value_error(format!(
            "unsupported format character '{other}' ({:#x}) at index {at}",
            other as u32
        ))),
    }
}

fn spec_copy(sp: &Spec) -> Spec {
    Spec {
        fill: sp.fill,
        align: sp.align,
        sign: sp.sign,
        alt: sp.alt,
        zero: sp.zero,
        width: sp.width,
        grouping: sp.grouping,
        precision: sp.precision,
        ty: sp.ty,
    }
}

fn split_sign(s: &str) -> (&str, &str) {
    for p in [
        "-0x", "-0X", "-0o", "+0x", "+0X", "+0o", "0x", "0X", "0o", "-", "+", " ",
    ] {
        if let Some(rest) = s.strip_prefix(p) {
            return (&s[..p.len()], rest);
        }
    }
    ("", s)
}
