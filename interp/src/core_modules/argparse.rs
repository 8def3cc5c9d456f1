//! Small helpers for native functions: argument count checks and keyword lookup with
//! CPython's messages.

use crate::call::name_str;
use crate::exc::type_error;
use crate::func::{Exc, KwArgs};
use crate::value::Value;

pub fn kwarg(kw: KwArgs, name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| name_str(k) == name)
        .map(|(_, v)| v.clone())
}

pub fn check_kw(fname: &str, kw: KwArgs, allowed: &[&str]) -> Result<(), Exc> {
    for (k, _) in kw {
        let n = name_str(k);
        if !allowed.contains(&n) {
            return Err(type_error(format!(
                "{fname}() got an unexpected keyword argument '{n}'"
            )));
        }
    }
    Ok(())
}

pub fn no_kw(fname: &str, kw: KwArgs) -> Result<(), Exc> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{fname}() takes no keyword arguments")))
    }
}

pub fn nargs(fname: &str, args: &[Value], min: usize, max: usize) -> Result<(), Exc> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{fname}() takes no arguments ({n} given)"),
            1 => format!("{fname}() takes exactly one argument ({n} given)"),
            _ => format!("{fname} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{fname} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{fname} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(type_error(msg))
}

/// `self` of a method call, as the expected payload.
pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).cloned().unwrap_or(Value::None)
}
