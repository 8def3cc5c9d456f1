//! Formatting Python values by format spec and `%` (the VM's first version; to be rebuilt on `format/`).

use crate::exc::{type_error, value_error};
use crate::func::PyResult;
use crate::int::{as_bigint, is_int_like};
use crate::object::ObjData;
use crate::pystr::new_string;
use crate::types::{lookup, type_name};
use crate::value::Value;
use crate::vm::Vm;

#[derive(Default, Debug)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alt: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub fn parse_spec(s: &str) -> Result<Spec, String> {
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if cs.len() >= 2 && is_align(cs[1]) {
        sp.fill = Some(cs[0]);
        sp.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        sp.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        sp.sign = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == 'z' {
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let start = i;
    while i < cs.len() && cs[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        sp.width = cs[start..i]
            .iter()
            .collect::<String>()
            .parse()
            .map_err(|_| "Too many decimal digits in format string".to_string())?;
    }
    if i < cs.len() && matches!(cs[i], ',' | '_') {
        sp.grouping = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        let ps = i;
        while i < cs.len() && cs[i].is_ascii_digit() {
            i += 1;
        }
        if i == ps {
            return Err("Format specifier missing precision".into());
        }
        sp.precision = cs[ps..i].iter().collect::<String>().parse().ok();
    }
    if i < cs.len() {
        sp.ty = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() {
        return Err("Invalid format specifier".into());
    }
    Ok(sp)
}

/// Pads `body` (sign and prefix separate so `=` and zero-padding go between).
pub fn pad(sp: &Spec, sign: &str, body: &str, default_right: bool) -> String {
    let len = sign.chars().count() + body.chars().count();
    if sp.width <= len {
        return format!("{sign}{body}");
    }
    let n = sp.width - len;
    let (fill, align) = if sp.zero && sp.align.is_none() {
        ('0', '=')
    } else {
        (
            sp.fill.unwrap_or(' '),
            sp.align.unwrap_or(if default_right { '>' } else { '<' }),
        )
    };
    let f = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{sign}{body}{}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{sign}{}{body}", f(n)),
        _ => format!("{}{sign}{body}", f(n)),
    }
}

pub fn group_digits(digits: &str, sep: char, every: usize) -> String {
    let (int_part, rest) = match digits.find('.') {
        Some(p) => (&digits[..p], &digits[p..]),
        None => (digits, ""),
    };
    let mut out = String::new();
    let n = int_part.len();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out.push_str(rest);
    out
}

fn sign_str(neg: bool, sign: Option<char>) -> &'static str {
    match (neg, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

pub fn format_int(v: &Value, sp: &Spec) -> Result<String, String> {
    let b = as_bigint(v).unwrap_or_default();
    let neg = b.sign() == num_bigint::Sign::Minus;
    let mag = if neg { -b.clone() } else { b.clone() };
    let (digits, prefix) = match sp.ty {
        None | Some('d') | Some('n') => (mag.to_string(), ""),
        Some('x') => (mag.to_str_radix(16), "0x"),
        Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X"),
        Some('o') => (mag.to_str_radix(8), "0o"),
        Some('b') => (mag.to_str_radix(2), "0b"),
        Some('c') => {
            let c = num_traits::ToPrimitive::to_u32(&b)
                .and_then(char::from_u32)
                .ok_or("%c arg not in range(0x110000)")?;
            return Ok(pad(sp, "", &c.to_string(), false));
        }
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => {
            let f = num_traits::ToPrimitive::to_f64(&b).unwrap_or(f64::INFINITY);
            let sp2 = Spec {
                ty: Some(t),
                ..clone_spec(sp)
            };
            return format_float(f, &sp2);
        }
        Some(t) => {
            return Err(format!(
                "Unknown format code '{t}' for object of type 'int'"
            ))
        }
    };
    if sp.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    let digits = match sp.grouping {
        Some(g) => group_digits(
            &digits,
            g,
            if matches!(sp.ty, Some('x' | 'X' | 'o' | 'b')) {
                4
            } else {
                3
            },
        ),
        None => digits,
    };
    let sign = format!(
        "{}{}",
        sign_str(neg, sp.sign),
        if sp.alt { prefix } else { "" }
    );
    Ok(pad(sp, &sign, &digits, true))
}

fn clone_spec(sp: &Spec) -> Spec {
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

/// `%e`-style exponent with at least two digits.
pub fn fix_exp(s: &str) -> String {
    match s.find(['e', 'E']) {
        Some(p) => {
            let (m, e) = s.split_at(p);
            let (ech, rest) = e.split_at(1);
            let (sgn, digits) = match rest.strip_prefix('-') {
                Some(d) => ("-", d),
                None => ("+", rest.trim_start_matches('+')),
            };
            format!("{m}{ech}{sgn}{digits:0>2}")
        }
        None => s.to_string(),
    }
}

pub fn fmt_e(x: f64, prec: usize, upper: bool) -> String {
    let s = fix_exp(&format!("{x:.prec$e}"));
    if upper {
        s.to_uppercase()
    } else {
        s
    }
}

/// `%g` formatting.
pub fn fmt_g(x: f64, prec: usize, alt: bool, upper: bool) -> String {
    let p = prec.max(1);
    if x == 0.0 {
        return if alt {
            format!("{:.*}", p - 1, 0.0)
        } else {
            "0".into()
        };
    }
    let e = format!("{x:.*e}", p - 1);
    let exp: i32 = e
        .split('e')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let s = if exp < -4 || exp >= p as i32 {
        let m = e.split('e').next().unwrap_or("");
        let m = if alt { m.to_string() } else { strip_zeros(m) };
        fix_exp(&format!("{m}e{exp}"))
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let f = format!("{x:.decimals$}");
        if alt {
            f
        } else {
            strip_zeros(&f)
        }
    };
    if upper {
        s.to_uppercase()
    } else {
        s
    }
}

fn strip_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

pub fn format_float(x: f64, sp: &Spec) -> Result<String, String> {
    let neg = x.is_sign_negative();
    let a = x.abs();
    let special = |s: &str| {
        if matches!(sp.ty, Some('E' | 'F' | 'G')) {
            s.to_uppercase()
        } else {
            s.to_string()
        }
    };
    let body = if a.is_nan() {
        special("nan")
    } else if a.is_infinite() {
        special("inf")
    } else {
        match sp.ty {
            Some('f' | 'F') => format!("{a:.*}", sp.precision.unwrap_or(6)),
            Some('e' | 'E') => fmt_e(a, sp.precision.unwrap_or(6), sp.ty == Some('E')),
            Some('g' | 'G') => fmt_g(a, sp.precision.unwrap_or(6), sp.alt, sp.ty == Some('G')),
            Some('n') => fmt_g(a, sp.precision.unwrap_or(6), sp.alt, false),
            Some('%') => format!("{:.*}%", sp.precision.unwrap_or(6), a * 100.0),
            None => match sp.precision {
                None => crate::float::float_repr(a),
                Some(p) => {
                    let s = fmt_g(a, p, sp.alt, false);
                    if s.contains(['.', 'e', 'n', 'i']) {
                        s
                    } else {
                        format!("{s}.0")
                    }
                }
            },
            Some(t) => {
                return Err(format!(
                    "Unknown format code '{t}' for object of type 'float'"
                ))
            }
        }
    };
    let body = match sp.grouping {
        Some(g) if a.is_finite() => group_digits(&body, g, 3),
        _ => body,
    };
    let neg = neg && !(a.is_nan());
    Ok(pad(sp, sign_str(neg, sp.sign), &body, true))
}

pub fn format_str(s: &str, sp: &Spec) -> Result<String, String> {
    if let Some(t) = sp.ty {
        if t != 's' {
            return Err(format!(
                "Unknown format code '{t}' for object of type 'str'"
            ));
        }
    }
    if sp.sign.is_some() {
        return Err("Sign not allowed in string format specifier".into());
    }
    let body: String = match sp.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(sp, "", &body, false))
}

impl Vm {
    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if let Some(ObjData::Instance(_) | ObjData::Exception(_)) = v.data() {
            {
                if let Some(f) = lookup(v.class(), "__format__") {
                    if !matches!(f.data(), Some(ObjData::Builtin(_))) {
                        let r = self.call(&f, vec![v.clone(), new_string(spec.to_string())])?;
                        return match r.as_str() {
                            Some(s) => Ok(s.to_string()),
                            None => Err(type_error(format!(
                                "__format__ must return a str, not {}",
                                type_name(r.class())
                            ))),
                        };
                    }
                }
                if !spec.is_empty() {
                    return Err(type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        type_name(v.class())
                    )));
                }
                return self.str_of(v);
            }
        }
        if spec.is_empty() {
            return self.str_of(v);
        }
        let sp = parse_spec(spec).map_err(value_error)?;
        let r = if matches!(v, Value::Bool(_)) && sp.ty.is_none() {
            let s = self.str_of(v)?;
            format_str(&s, &sp)
        } else if is_int_like(v) {
            format_int(v, &sp)
        } else if let Value::Float(f) = v {
            format_float(*f, &sp)
        } else if let Some(s) = v.as_str() {
            format_str(s, &sp)
        } else {
            if !spec.is_empty() {
                return Err(type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    type_name(v.class())
                )));
            }
            Ok(self.str_of(v)?)
        };
        r.map_err(value_error)
    }

    pub fn format_value(&mut self, v: Value, conv: u8, spec: Option<Value>) -> PyResult {
        let v = match conv {
            1 => new_string(self.str_of(&v)?),
            2 => new_string(self.repr(&v)?),
            3 => new_string(ascii_of(&self.repr(&v)?)),
            _ => v,
        };
        let spec = spec.as_ref().and_then(|s| s.as_str()).unwrap_or("");
        if spec.is_empty() && v.as_str().is_some() {
            return Ok(v);
        }
        Ok(new_string(self.format(&v, spec)?))
    }
}

pub fn ascii_of(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}
