//! Differential tests: `str.format` against the table CPython 3.11 generated (testdata/template_cases.txt), through a toy host.

use super::tests::unescape;

use skein_grammar::pyrepr::{float_repr, str_repr};

use super::error::{ErrorKind, PyError};
use super::template::{str_format, FormatHost};
use super::{format_float, format_int, format_str, FormatSpec, IntRef};

#[derive(Debug, Clone)]
enum Obj {
    Int(i64),
    Float(f64),
    Str(String),
    List(Vec<Obj>),
    /// `{'x': 'bx', 0: 'b0'}`
    Dict,
    /// The generator's class `A`.
    A,
}

impl Obj {
    fn type_name(&self) -> &'static str {
        match self {
            Obj::Int(_) => "int",
            Obj::Float(_) => "float",
            Obj::Str(_) => "str",
            Obj::List(_) => "list",
            Obj::Dict => "dict",
            Obj::A => "A",
        }
    }

    fn repr(&self) -> String {
        match self {
            Obj::Int(v) => v.to_string(),
            Obj::Float(f) => float_repr(*f),
            Obj::Str(s) => str_repr(s),
            Obj::List(items) => format!(
                "[{}]",
                items.iter().map(Obj::repr).collect::<Vec<_>>().join(", ")
            ),
            Obj::Dict => "{'x': 'bx', 0: 'b0'}".to_string(),
            Obj::A => "A()".to_string(),
        }
    }

    fn str(&self) -> String {
        match self {
            Obj::Str(s) => s.clone(),
            Obj::A => "A-str".to_string(),
            other => other.repr(),
        }
    }
}

struct Host;

impl FormatHost for Host {
    type Obj = Obj;
    type Error = PyError;

    fn positional(&mut self, index: usize) -> Result<Option<Obj>, PyError> {
        let args = [
            Obj::Int(10),
            Obj::Int(3),
            Obj::Int(2),
            Obj::Int(1),
            Obj::Str("str".into()),
            Obj::List(vec![Obj::Int(7), Obj::Int(8), Obj::Int(9)]),
            Obj::Float(2.5),
        ];
        Ok(args.get(index).cloned())
    }

    fn keyword(&mut self, name: &str) -> Result<Obj, PyError> {
        Ok(match name {
            "a" => Obj::A,
            "b" => Obj::Dict,
            "x" => Obj::Int(4),
            "s" => Obj::Str("hello".into()),
            "f" => Obj::Float(-1234.5678),
            _ => return Err(PyError::new(ErrorKind::KeyError, str_repr(name))),
        })
    }

    fn getattr(&mut self, obj: &Obj, name: &str) -> Result<Obj, PyError> {
        match (obj, name) {
            (Obj::A, "x") => Ok(Obj::Int(5)),
            (Obj::A, "y") => Ok(Obj::Str("why".into())),
            (Obj::Int(v), "real") => Ok(Obj::Int(*v)),
            _ => Err(PyError::new(
                ErrorKind::AttributeError,
                format!("'{}' object has no attribute '{name}'", obj.type_name()),
            )),
        }
    }

    fn getitem_index(&mut self, obj: &Obj, index: usize) -> Result<Obj, PyError> {
        match obj {
            Obj::List(items) => items
                .get(index)
                .cloned()
                .ok_or_else(|| PyError::new(ErrorKind::IndexError, "list index out of range")),
            Obj::Str(s) => s
                .chars()
                .nth(index)
                .map(|c| Obj::Str(c.to_string()))
                .ok_or_else(|| PyError::new(ErrorKind::IndexError, "string index out of range")),
            Obj::Dict if index == 0 => Ok(Obj::Str("b0".into())),
            Obj::Dict => Err(PyError::new(ErrorKind::KeyError, index.to_string())),
            _ => Err(PyError::type_error(format!(
                "'{}' object is not subscriptable",
                obj.type_name()
            ))),
        }
    }

    fn getitem_str(&mut self, obj: &Obj, key: &str) -> Result<Obj, PyError> {
        match obj {
            Obj::Dict if key == "x" => Ok(Obj::Str("bx".into())),
            Obj::Dict => Err(PyError::new(ErrorKind::KeyError, str_repr(key))),
            Obj::List(_) | Obj::Str(_) => Err(PyError::type_error(format!(
                "{} indices must be integers or slices, not str",
                if matches!(obj, Obj::List(_)) {
                    "list"
                } else {
                    "string"
                }
            ))),
            _ => Err(PyError::type_error(format!(
                "'{}' object is not subscriptable",
                obj.type_name()
            ))),
        }
    }

    fn convert(&mut self, obj: Obj, conversion: char) -> Result<Obj, PyError> {
        Ok(Obj::Str(match conversion {
            's' => obj.str(),
            _ => obj.repr(),
        }))
    }

    fn format(&mut self, obj: &Obj, spec: &str) -> Result<String, PyError> {
        let name = obj.type_name();
        match obj {
            Obj::A => Ok(format!("A<{spec}>")),
            _ if spec.is_empty() => Ok(obj.str()),
            Obj::Int(v) => format_int(IntRef::Small(*v), &FormatSpec::parse(spec, name)?, name),
            Obj::Float(f) => format_float(*f, &FormatSpec::parse(spec, name)?, name),
            Obj::Str(s) => format_str(s, &FormatSpec::parse(spec, name)?, name),
            _ => Err(PyError::type_error(format!(
                "unsupported format string passed to {name}.__format__"
            ))),
        }
    }
}

#[test]
fn str_format_matches_cpython_table() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in include_str!("testdata/template_cases.txt").lines() {
        let fields: Vec<String> = line.split('\t').map(unescape).collect();
        let [template, outcome, text] = &fields[..] else {
            panic!("bad line {line:?}");
        };
        count += 1;
        let got = match str_format(template, &mut Host) {
            Ok(s) => ("ok".to_string(), s),
            Err(e) => (e.kind.name().to_string(), e.message),
        };
        if (&got.0, &got.1) != (outcome, text) {
            failures.push(format!(
                "{template:?}: want {outcome} {text:?}, got {} {:?}",
                got.0, got.1
            ));
        }
    }
    assert!(count > 400);
    assert!(
        failures.is_empty(),
        "{} of {count} failed:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}
