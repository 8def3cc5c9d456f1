//! Data attributes of built-in objects that are not methods: function and method
//! metadata (`__name__`, `__qualname__`, `__self__`, ...), generator state, code fields.

use crate::func::PyResult;
use crate::module::module_name;
use crate::object::ObjData;
use crate::pystr::{new_str, new_string};
use crate::types::type_name;
use crate::value::Value;
use crate::vm::Vm;

pub fn builtin_attr(vm: &mut Vm, obj: &Value, n: &str) -> PyResult<Option<Value>> {
    if n == "__class__" {
        return Ok(Some(Value::type_value(obj.class())));
    }
    let Some(data) = obj.data() else {
        return Ok(number_attr(obj, n));
    };
    Ok(match data {
        ObjData::Function(f) => {
            let h = crate::pystr::str_hash(n);
            if let Some(v) = f.attrs.lock().get_str(h, n).cloned() {
                return Ok(Some(v));
            }
            match n {
                "__name__" => Some(new_string(f.name())),
                "__qualname__" => Some(new_string(f.qualname())),
                "__module__" => Some(new_str(module_name(f.module))),
                "__doc__" => Some(match f.code.consts.first() {
                    Some(d) if f.code.flags & crate::code::CO_HAS_DOCSTRING != 0 => d.clone(),
                    _ => Value::None,
                }),
                "__dict__" => Some(crate::dict_ops::dict_from_map(f.attrs.lock().clone())),
                "__defaults__" => Some(if f.defaults.is_empty() {
                    Value::None
                } else {
                    crate::tuple::new_tuple(f.defaults.to_vec())
                }),
                "__code__" => Some(crate::object::alloc(
                    crate::types::types().code,
                    ObjData::Code(f.code),
                )),
                "__globals__" => Some(vm.namespace_dict(crate::module::module_ns(f.module))),
                "__closure__" => Some(if f.closure.is_empty() {
                    Value::None
                } else {
                    crate::tuple::new_tuple(f.closure.to_vec())
                }),
                "__annotations__" | "__kwdefaults__" => Some(crate::dict_ops::new_dict()),
                _ => None,
            }
        }
        ObjData::Method(func, recv) => match n {
            "__self__" => Some(recv.clone()),
            "__func__" => Some(func.clone()),
            _ => {
                let f = func.clone();
                return builtin_attr(vm, &f, n);
            }
        },
        ObjData::Builtin(b) => match n {
            "__name__" => Some(new_str(b.name)),
            "__qualname__" => Some(new_string(match b.owner {
                Some(o) => format!("{o}.{}", b.name),
                None => b.name.to_string(),
            })),
            "__self__" => Some(b.bound.clone().unwrap_or(Value::None)),
            "__module__" => Some(match (b.module, b.owner) {
                (Some(m), _) => new_str(m),
                (None, None) => new_str("builtins"),
                (None, Some(_)) => Value::None,
            }),
            "__doc__" => Some(Value::None),
            _ => None,
        },
        ObjData::Generator(g) => match n {
            "__name__" => Some(new_str(&g.code.name)),
            "__qualname__" => Some(new_str(&g.qualname)),
            "gi_running" | "cr_running" => {
                Some(Value::Bool(g.state() == crate::generator::GEN_RUNNING))
            }
            "gi_frame" | "cr_frame" => Some(Value::None),
            "gi_code" | "cr_code" => Some(crate::object::alloc(
                crate::types::types().code,
                ObjData::Code(g.code),
            )),
            "gi_yieldfrom" | "cr_await" => Some(Value::None),
            _ => None,
        },
        ObjData::Code(c) => match n {
            "co_name" => Some(new_str(&c.name)),
            "co_qualname" => Some(new_str(&c.qualname)),
            "co_filename" => Some(new_str(&c.source.filename)),
            "co_firstlineno" => Some(Value::Int(c.firstlineno as i64)),
            "co_argcount" => Some(Value::Int(c.argcount as i64)),
            "co_varnames" => Some(crate::tuple::new_tuple(
                c.varnames.iter().map(|v| new_str(v)).collect(),
            )),
            _ => None,
        },
        ObjData::Property(p) => match n {
            "fget" => Some(p[0].clone()),
            "fset" => Some(p[1].clone()),
            "fdel" => Some(p[2].clone()),
            "__doc__" => Some(p[3].clone()),
            _ => None,
        },
        ObjData::ClassMethod(f) | ObjData::StaticMethod(f) => match n {
            "__func__" => Some(f.clone()),
            _ => None,
        },
        ObjData::Slice(s) => match n {
            "start" => Some(s[0].clone()),
            "stop" => Some(s[1].clone()),
            "step" => Some(s[2].clone()),
            _ => None,
        },
        ObjData::Range(a, b, c) => match n {
            "start" => Some(Value::Int(*a)),
            "stop" => Some(Value::Int(*b)),
            "step" => Some(Value::Int(*c)),
            _ => None,
        },
        ObjData::Cell(c) => match n {
            "cell_contents" => Some(c.lock().clone()),
            _ => None,
        },
        ObjData::BigInt(_) => number_attr(obj, n),
        _ => {
            let _ = type_name(obj.class());
            None
        }
    })
}

fn number_attr(obj: &Value, n: &str) -> Option<Value> {
    let int_like = crate::int::is_int_like(obj);
    match (obj, n) {
        // As CPython: plain ints, also for bools and int subclasses.
        (_, "real" | "numerator") if int_like => match crate::int::as_i64(obj) {
            Some(i) => Some(Value::Int(i)),
            None => crate::int::as_bigint(obj).map(crate::int::from_bigint),
        },
        (_, "imag") if int_like => Some(Value::Int(0)),
        (_, "denominator") if int_like => Some(Value::Int(1)),
        (Value::Float(f), "real") => Some(Value::Float(*f)),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        _ => None,
    }
}
