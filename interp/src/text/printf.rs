//! `str % args`: the VM's `PercentHost` (converting argument Values) for `format::percent`.

use num_bigint::BigInt;

use crate::format::float_ops::float_to_int;
use crate::format::intstr::int_to_float;
use crate::format::percent::{percent_format, PercentArg, PercentArgs, PercentHost, Want};
use crate::func::{Exc, PyResult};
use crate::int::as_bigint;
use crate::object::ObjData;
use crate::pystr::new_string;
use crate::types::{lookup, type_name};
use crate::value::Value;
use crate::value_format::ascii_of;
use crate::vm::Vm;

struct Host<'a> {
    vm: &'a mut Vm,
}

fn wrong(v: &Value) -> PercentArg {
    PercentArg::Wrong(type_name(v.class()).to_string())
}

impl Host<'_> {
    /// An int from `__index__` (None when the type has none).
    fn index(&mut self, v: &Value) -> PyResult<Option<BigInt>> {
        if !matches!(v.data(), Some(ObjData::Instance(_))) {
            return Ok(None);
        }
        match self.vm.call_special(v, "__index__", vec![])? {
            Some(r) => Ok(as_bigint(&r)),
            None => Ok(None),
        }
    }

    /// `int(v)` for a non-int number (`__int__`, `__index__`, `__trunc__`).
    fn int_of(&mut self, v: &Value) -> PyResult<Option<BigInt>> {
        if !matches!(v.data(), Some(ObjData::Instance(_))) {
            return Ok(None);
        }
        for m in ["__int__", "__index__"] {
            if let Some(r) = self.vm.call_special(v, m, vec![])? {
                return Ok(as_bigint(&r));
            }
        }
        if let Some(Value::Float(f)) = self.vm.call_special(v, "__float__", vec![])? {
            return Ok(Some(float_to_int(f)?));
        }
        Ok(None)
    }
}

impl PercentHost for Host<'_> {
    type Obj = Value;
    type Error = Exc;

    fn convert(&mut self, v: &Value, want: Want) -> PyResult<PercentArg> {
        if let Some(b) = as_bigint(v) {
            return Ok(match want {
                Want::Float(_) => PercentArg::Float(match v {
                    Value::Int(i) => *i as f64,
                    Value::Bool(b) => *b as i64 as f64,
                    _ => int_to_float(&b)?,
                }),
                Want::Text(c) => PercentArg::Str(self.text(v, c)?),
                _ => PercentArg::Int(b),
            });
        }
        Ok(match want {
            Want::Text(c) => PercentArg::Str(self.text(v, c)?),
            Want::Star => wrong(v),
            Want::Integer(_) => match v {
                Value::Float(f) => PercentArg::Int(float_to_int(*f)?),
                _ => match self.int_of(v)? {
                    Some(b) => PercentArg::Int(b),
                    None => wrong(v),
                },
            },
            Want::Index(_) => match self.index(v)? {
                Some(b) => PercentArg::Int(b),
                None => wrong(v),
            },
            Want::Float(_) => match v {
                Value::Float(f) => PercentArg::Float(*f),
                _ if matches!(v.data(), Some(ObjData::Instance(_))) => {
                    match self.vm.call_special(v, "__float__", vec![])? {
                        Some(Value::Float(f)) => PercentArg::Float(f),
                        _ => match self.index(v)? {
                            Some(b) => PercentArg::Float(int_to_float(&b)?),
                            None => wrong(v),
                        },
                    }
                }
                _ => wrong(v),
            },
            Want::Char => match v.as_str() {
                Some(s) => PercentArg::Str(s.to_string()),
                None => match self.index(v)? {
                    Some(b) => PercentArg::Int(b),
                    None => wrong(v),
                },
            },
        })
    }

    fn lookup(&mut self, mapping: &Value, key: &str) -> PyResult<Value> {
        self.vm.get_item(mapping, &new_string(key.to_string()))
    }
}

impl Host<'_> {
    fn text(&mut self, v: &Value, c: char) -> PyResult<String> {
        match c {
            'r' => self.vm.repr(v),
            'a' => Ok(ascii_of(&self.vm.repr(v)?)),
            _ => self.vm.str_of(v),
        }
    }
}

/// Whether `%` may take `%(key)s` from `v`: CPython's `PyMapping_Check` minus tuple and str.
fn is_mapping(v: &Value) -> bool {
    match v.data() {
        Some(ObjData::Dict(_) | ObjData::List(_) | ObjData::Bytes(_) | ObjData::Range(..)) => true,
        Some(ObjData::Tuple(_) | ObjData::Str(_)) | None => false,
        Some(_) => lookup(v.class(), "__getitem__").is_some(),
    }
}

/// `fmt % args` for a str `fmt`.
pub fn str_percent(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult {
    let f = fmt.as_str().unwrap_or("");
    let args = match args.data() {
        Some(ObjData::Tuple(t)) => PercentArgs::Tuple(t.to_vec()),
        _ => PercentArgs::Single {
            value: args.clone(),
            is_mapping: is_mapping(args),
        },
    };
    Ok(new_string(percent_format(f, args, &mut Host { vm })?))
}
