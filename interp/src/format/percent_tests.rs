//! Differential tests: `fmt % args` against the table CPython 3.11 generated (testdata/percent_cases.txt), through a toy host.

use super::tests::unescape;

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use skein_grammar::pyrepr::{float_repr, str_repr};

use super::error::{ErrorKind, PyError};
use super::intstr::int_to_float;
use super::percent::{percent_format, PercentArg, PercentArgs, PercentHost, Want};

#[derive(Debug, Clone)]
enum Obj {
    Int(BigInt),
    Bool(bool),
    Float(f64),
    Str(String),
    List,
    Dict(Vec<(String, Obj)>),
}

impl Obj {
    fn type_name(&self) -> &'static str {
        match self {
            Obj::Int(_) => "int",
            Obj::Bool(_) => "bool",
            Obj::Float(_) => "float",
            Obj::Str(_) => "str",
            Obj::List => "list",
            Obj::Dict(_) => "dict",
        }
    }

    fn as_int(&self) -> Option<BigInt> {
        match self {
            Obj::Int(v) => Some(v.clone()),
            Obj::Bool(b) => Some(BigInt::from(u8::from(*b))),
            _ => None,
        }
    }

    fn str(&self) -> String {
        match self {
            Obj::Int(v) => v.to_string(),
            Obj::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            Obj::Float(f) => float_repr(*f),
            Obj::Str(s) => s.clone(),
            Obj::List => "[1]".to_string(),
            Obj::Dict(items) => {
                let inner: Vec<String> = items
                    .iter()
                    .map(|(k, v)| format!("{}: {}", str_repr(k), v.repr()))
                    .collect();
                format!("{{{}}}", inner.join(", "))
            }
        }
    }

    fn repr(&self) -> String {
        match self {
            Obj::Str(s) => str_repr(s),
            other => other.str(),
        }
    }
}

fn ascii(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

struct Host;

impl PercentHost for Host {
    type Obj = Obj;
    type Error = PyError;

    fn convert(&mut self, obj: &Obj, want: Want) -> Result<PercentArg, PyError> {
        let wrong = || PercentArg::Wrong(obj.type_name().to_string());
        Ok(match want {
            Want::Star | Want::Index(_) | Want::Char => match (obj.as_int(), obj) {
                // Machine-size ints take the SmallInt path, others Int.
                (Some(v), _) => match v.to_i64() {
                    Some(small) => PercentArg::SmallInt(small),
                    None => PercentArg::Int(v),
                },
                (None, Obj::Str(s)) if want == Want::Char => PercentArg::Str(s.clone()),
                _ => wrong(),
            },
            Want::Integer(_) => match (obj.as_int(), obj) {
                (Some(v), _) => PercentArg::Int(v),
                (None, Obj::Float(f)) => {
                    if f.is_nan() {
                        return Err(PyError::value("cannot convert float NaN to integer"));
                    }
                    if f.is_infinite() {
                        return Err(PyError::overflow(
                            "cannot convert float infinity to integer",
                        ));
                    }
                    PercentArg::Int(BigInt::from(f.trunc().to_i128().unwrap_or(0)))
                }
                _ => wrong(),
            },
            Want::Float(_) => match (obj.as_int(), obj) {
                (Some(v), _) => PercentArg::Float(int_to_float(&v)?),
                (None, Obj::Float(f)) => PercentArg::Float(*f),
                _ => wrong(),
            },
            Want::Text('s') => PercentArg::Str(obj.str()),
            Want::Text('r') => PercentArg::Str(obj.repr()),
            Want::Text(_) => PercentArg::Str(ascii(&obj.repr())),
        })
    }

    fn lookup(&mut self, mapping: &Obj, key: &str) -> Result<Obj, PyError> {
        let Obj::Dict(items) = mapping else {
            return Err(PyError::type_error("not a dict"));
        };
        items
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| PyError::new(ErrorKind::KeyError, str_repr(key)))
    }
}

fn decode(item: &str) -> Obj {
    let (tag, rest) = item.split_at(2);
    match tag {
        "i:" => Obj::Int(rest.parse().unwrap()),
        "b:" => Obj::Bool(rest == "True"),
        "f:" => Obj::Float(rest.parse().unwrap()),
        "s:" => Obj::Str(rest.to_string()),
        _ => Obj::List,
    }
}

fn decode_args(text: &str) -> PercentArgs<Obj> {
    let (tag, rest) = text.split_at(1);
    let items: Vec<&str> = if rest.is_empty() {
        Vec::new()
    } else {
        rest.split('\u{1f}').collect()
    };
    match tag {
        "T" => PercentArgs::Tuple(items.into_iter().map(decode).collect()),
        "D" => {
            let entries = items
                .into_iter()
                .map(|e| {
                    let (k, v) = e[2..].split_once('=').unwrap();
                    (k.to_string(), decode(v))
                })
                .collect();
            PercentArgs::Single {
                value: Obj::Dict(entries),
                is_mapping: true,
            }
        }
        _ => PercentArgs::Single {
            value: decode(rest),
            is_mapping: false,
        },
    }
}

#[test]
fn percent_matches_cpython_table() {
    let table = include_str!("testdata/percent_cases.txt");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in table.lines() {
        let fields: Vec<String> = line.split('\t').map(unescape).collect();
        let [fmt, args, outcome, text] = &fields[..] else {
            panic!("bad line {line:?}");
        };
        count += 1;
        let got = match percent_format(fmt, decode_args(args), &mut Host) {
            Ok(s) => ("ok".to_string(), s),
            Err(e) => (e.kind.name().to_string(), e.message),
        };
        if (&got.0, &got.1) != (outcome, text) {
            failures.push(format!(
                "{fmt:?} % {args:?}: want {outcome} {text:?}, got {} {:?}",
                got.0, got.1
            ));
        }
    }
    assert!(count > 1000);
    assert!(
        failures.is_empty(),
        "{} of {count} failed:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}
