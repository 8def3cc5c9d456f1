//! The data attributes of exception objects: `args`, chaining fields, and the
//! per-class fields CPython derives from args (StopIteration.value, SystemExit.code, ...).

use crate::exc::{args_of, exc_data, is_instance_of};
use crate::func::PyResult;
use crate::tuple::new_tuple;
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;

pub fn exc_attr(vm: &mut Vm, obj: &Value, n: &str) -> PyResult<Option<Value>> {
    let Some(o) = obj.obj() else { return Ok(None) };
    let Some(x) = exc_data(o) else {
        return Ok(None);
    };
    let t = types();
    let first = || args_of(o).into_iter().next().unwrap_or(Value::None);
    Ok(match n {
        "args" => Some(new_tuple(args_of(o))),
        "__cause__" => Some(x.state.lock().cause.clone().unwrap_or(Value::None)),
        "__context__" => Some(x.state.lock().context.clone().unwrap_or(Value::None)),
        "__suppress_context__" => Some(Value::Bool(x.state.lock().suppress_context)),
        "__traceback__" => Some(vm.traceback_of(o)?),
        "message" | "exceptions" => {
            let st = x.state.lock();
            st.group
                .as_ref()
                .map(|(m, e)| if n == "message" { m.clone() } else { e.clone() })
        }
        "value" if is_instance_of(o, t.stop_iteration) => Some(first()),
        "code" if is_instance_of(o, t.system_exit) => {
            let a = args_of(o);
            Some(match a.len() {
                0 => Value::None,
                1 => a[0].clone(),
                _ => new_tuple(a),
            })
        }
        "errno" | "strerror" | "filename" if is_instance_of(o, t.os_error) => {
            let a = args_of(o);
            if a.len() >= 2 {
                match n {
                    "errno" => Some(a[0].clone()),
                    "strerror" => Some(a[1].clone()),
                    _ => Some(a.get(2).cloned().unwrap_or(Value::None)),
                }
            } else {
                Some(Value::None)
            }
        }
        "name" | "path" if is_instance_of(o, t.import_error) => Some(Value::None),
        "msg"
        | "filename"
        | "lineno"
        | "offset"
        | "text"
        | "end_lineno"
        | "end_offset"
        | "print_file_and_line"
            if is_instance_of(o, t.syntax_error) =>
        {
            Some(syntax_error_field(vm, &args_of(o), n)?)
        }
        _ => None,
    })
}

/// A SyntaxError field as CPython's `SyntaxError.__init__` derives it from
/// `(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`; None when the
/// arguments do not carry it. Assigned fields live in the instance dict and win.
fn syntax_error_field(vm: &mut Vm, args: &[Value], n: &str) -> PyResult<Value> {
    if n == "msg" {
        return Ok(args.first().cloned().unwrap_or(Value::None));
    }
    let index = match n {
        "filename" => 0,
        "lineno" => 1,
        "offset" => 2,
        "text" => 3,
        "end_lineno" => 4,
        "end_offset" => 5,
        _ => return Ok(Value::None),
    };
    if args.len() != 2 {
        return Ok(Value::None);
    }
    let info = vm.collect(&args[1])?;
    Ok(info.get(index).cloned().unwrap_or(Value::None))
}

/// Assigns an exception's special field; false if `n` is an ordinary attribute.
pub fn set_exc_attr(vm: &mut Vm, obj: &Value, n: &str, v: &Value) -> PyResult<bool> {
    let Some(o) = obj.obj() else { return Ok(false) };
    let Some(x) = exc_data(o) else {
        return Ok(false);
    };
    match n {
        "args" => {
            let items = vm.collect(v)?;
            x.state.lock().args = Some(new_tuple(items));
        }
        "__cause__" => {
            let mut st = x.state.lock();
            st.cause = Some(v.clone());
            st.suppress_context = true;
        }
        "__context__" => x.state.lock().context = Some(v.clone()),
        "__suppress_context__" => {
            let b = vm.truthy(v)?;
            x.state.lock().suppress_context = b;
        }
        "__traceback__" => vm.set_traceback(o, v)?,
        "message" | "exceptions" if x.state.lock().group.is_some() => {
            return Err(crate::exc::attribute_error("readonly attribute"));
        }
        _ => return Ok(false),
    }
    Ok(true)
}
