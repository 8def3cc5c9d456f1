//! The VM's side of `format()`, f-strings and `__format__`: converts Values for the pure helpers in `format/` and turns their `PyError` into Python exceptions.

use crate::argparse::{kwarg, nargs};
use crate::exc::{key_error, new_exc_msg, new_exception, type_error};
use crate::format::template::{str_format as str_format_template, FormatHost};
use crate::format::{self, ErrorKind, FormatSpec, IntRef, PyError};
use crate::func::{Exc, KwArgs, PyResult};
use crate::object::ObjData;
use crate::pystr::new_string;
use crate::type_methods::reg;
use crate::types::{lookup, type_name, types};
use crate::value::Value;
use crate::vm::Vm;

/// A `format::PyError` is raised as the Python exception of its kind with its message.
impl From<PyError> for Exc {
    fn from(e: PyError) -> Exc {
        let t = types();
        let class = match e.kind {
            ErrorKind::ValueError => t.value_error,
            ErrorKind::TypeError => t.type_error,
            ErrorKind::OverflowError => t.overflow_error,
            ErrorKind::MemoryError => t.memory_error,
            ErrorKind::IndexError => t.index_error,
            ErrorKind::KeyError => t.key_error,
            ErrorKind::AttributeError => t.attribute_error,
            ErrorKind::ZeroDivisionError => t.zero_division_error,
        };
        if e.message.is_empty() && e.kind == ErrorKind::MemoryError {
            new_exception(class, vec![])
        } else {
            new_exc_msg(class, e.message)
        }
    }
}

/// `format(v, spec)` for the built-in number and str payloads; `None` for other objects.
/// A non-empty `spec` only: an empty one means `str(v)`.
pub fn format_builtin(v: &Value, spec: &str) -> Option<Result<String, PyError>> {
    let run = |name: &str, f: &dyn Fn(&FormatSpec) -> Result<String, PyError>| {
        FormatSpec::parse(spec, name).and_then(|sp| f(&sp))
    };
    let name = type_name(v.class());
    Some(match v {
        Value::Int(i) => run(name, &|sp| format::format_int(IntRef::Small(*i), sp, name)),
        Value::Bool(b) => run(name, &|sp| {
            format::format_int(IntRef::Small(*b as i64), sp, name)
        }),
        Value::Float(x) => run(name, &|sp| format::format_float(*x, sp, name)),
        Value::Obj(o) => match &o.data {
            ObjData::BigInt(b) => run(name, &|sp| format::format_int(IntRef::Big(b), sp, name)),
            ObjData::Str(s) => run(name, &|sp| format::format_str(s.as_str(), sp, name)),
            _ => return None,
        },
        _ => return None,
    })
}

impl Vm {
    /// `format(v, spec)`: the object's `__format__`; built-in numbers and str through
    /// `format/`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if matches!(v.data(), Some(ObjData::Instance(_) | ObjData::Exception(_)))
            || crate::subclass::is_heap_builtin(v)
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
        }
        if spec.is_empty() {
            return self.str_of(v);
        }
        match format_builtin(v, spec) {
            Some(r) => Ok(r?),
            None => Err(type_error(format!(
                "unsupported format string passed to {}.__format__",
                type_name(v.class())
            ))),
        }
    }

    /// f-string `FORMAT_VALUE`: `conv` 1/2/3 is `!s`/`!r`/`!a`, then `format(v, spec)`.
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

/// `ascii()` of a repr: non-ASCII characters escaped.
pub fn ascii_of(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
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

/// Where `str.format` finds its fields: call arguments, or one mapping (`format_map`).
enum Fields<'a> {
    Args(&'a [Value], KwArgs<'a>),
    Map(&'a Value),
}

/// The VM's `FormatHost`: field lookups, conversions and `__format__` for `str.format`.
struct TemplateHost<'a> {
    vm: &'a mut Vm,
    fields: Fields<'a>,
}

impl FormatHost for TemplateHost<'_> {
    type Obj = Value;
    type Error = Exc;

    fn positional(&mut self, index: usize) -> PyResult<Option<Value>> {
        match self.fields {
            Fields::Args(args, _) => Ok(args.get(index).cloned()),
            Fields::Map(_) => {
                Err(PyError::value("Format string contains positional fields").into())
            }
        }
    }

    fn keyword(&mut self, name: &str) -> PyResult<Value> {
        match self.fields {
            Fields::Args(_, kw) => {
                kwarg(kw, name).ok_or_else(|| key_error(new_string(name.to_string())))
            }
            Fields::Map(m) => self.vm.get_item(m, &new_string(name.to_string())),
        }
    }

    fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        self.vm.get_attr(obj, name)
    }

    fn getitem_index(&mut self, obj: &Value, index: usize) -> PyResult<Value> {
        let i = i64::try_from(index)
            .map_err(|_| PyError::value("Too many decimal digits in format string"))?;
        self.vm.get_item(obj, &Value::Int(i))
    }

    fn getitem_str(&mut self, obj: &Value, key: &str) -> PyResult<Value> {
        self.vm.get_item(obj, &new_string(key.to_string()))
    }

    fn convert(&mut self, obj: Value, conversion: char) -> PyResult<Value> {
        Ok(new_string(match conversion {
            'r' => self.vm.repr(&obj)?,
            'a' => ascii_of(&self.vm.repr(&obj)?),
            _ => self.vm.str_of(&obj)?,
        }))
    }

    fn format(&mut self, obj: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            if let Some(s) = obj.as_str() {
                return Ok(s.to_string());
            }
        }
        self.vm.format(obj, spec)
    }
}

/// `template.format(*args, **kw)`.
pub fn str_format(vm: &mut Vm, template: &str, args: &[Value], kw: KwArgs) -> PyResult<String> {
    str_format_template(
        template,
        &mut TemplateHost {
            vm,
            fields: Fields::Args(args, kw),
        },
    )
}

/// `template.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, template: &str, mapping: &Value) -> PyResult<String> {
    str_format_template(
        template,
        &mut TemplateHost {
            vm,
            fields: Fields::Map(mapping),
        },
    )
}

/// `int.__format__`, `float.__format__`, `str.__format__` (and bool's, inherited).
fn builtin_dunder_format(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__format__", args, 2, 2)?;
    let Some(spec) = args[1].as_str() else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(args[1].class())
        )));
    };
    if spec.is_empty() {
        return Ok(new_string(vm.str_of(&args[0])?));
    }
    match format_builtin(&args[0], spec) {
        Some(r) => Ok(new_string(r?)),
        None => Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(args[0].class())
        ))),
    }
}

/// Registers `__format__` on int, float and str.
pub fn register() {
    let t = types();
    for ty in [t.int, t.float, t.str] {
        reg(ty, "__format__", builtin_dunder_format);
    }
}
