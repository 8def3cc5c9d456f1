//! Raising and catching: `raise` / `raise from`, turning classes into instances,
//! matching `except` clauses, and entering `with` blocks.

use crate::bytecode::{RAISE_EXC, RAISE_FROM};
use crate::exc::{exc_data, runtime_error, type_error};
use crate::frame::Frame;
use crate::func::{Exc, PyResult};
use crate::object::ObjData;
use crate::types::{is_subtype, lookup, tobj, types, Layout};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    pub fn do_raise(&mut self, f: &mut Frame, kind: u8) -> PyResult<Exc> {
        if kind == RAISE_FROM {
            let cause = f.pop();
            let exc = f.pop();
            let e = self.make_exception(exc)?;
            let cause = match cause {
                Value::None => Value::None,
                c => match self.make_exception(c) {
                    Ok(ce) => Value::Obj(ce),
                    Err(_) => {
                        return Err(type_error(
                            "exception causes must derive from BaseException",
                        ))
                    }
                },
            };
            if let Some(x) = exc_data(&e) {
                let mut st = x.state.lock();
                st.cause = Some(cause);
                st.suppress_context = true;
            }
            return Ok(e);
        }
        if kind == RAISE_EXC {
            let exc = f.pop();
            return self.make_exception(exc);
        }
        match &self.handled {
            Value::Obj(o) => {
                self.reraise = true;
                Ok(o.clone())
            }
            _ => Err(runtime_error("No active exception to reraise")),
        }
    }

    /// An exception instance from a raised value (instantiating a class).
    pub fn make_exception(&mut self, v: Value) -> PyResult<Exc> {
        if let Value::Obj(o) = &v {
            if exc_data(o).is_some() {
                return Ok(o.clone());
            }
            if let Some(t) = o.as_static().filter(|t| t.type_obj().is_some()) {
                if is_subtype(t, types().base_exception) {
                    let inst = self.call(&v, vec![])?;
                    return match inst {
                        Value::Obj(e) if exc_data(&e).is_some() => Ok(e),
                        other => Err(type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            crate::repr::qual_type_name(t),
                            tobj(other.class()).name
                        ))),
                    };
                }
            }
        }
        Err(type_error("exceptions must derive from BaseException"))
    }

    pub fn exc_matches(&mut self, exc: &Value, t: &Value) -> PyResult<bool> {
        if let Some(ObjData::Tuple(items)) = t.data() {
            for it in items.iter() {
                if self.exc_matches(exc, it)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let Some(tr) = t
            .obj()
            .and_then(|o| o.as_static())
            .filter(|o| o.type_obj().is_some())
        else {
            return Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        };
        if !is_subtype(tr, types().base_exception) {
            return Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(is_subtype(exc.class(), tr))
    }

    pub fn before_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let t = mgr.class();
        let Some(enter) = lookup(t, "__enter__") else {
            return Err(crate::exc::attribute_error("__enter__"));
        };
        let Some(exit) = lookup(t, "__exit__") else {
            return Err(crate::exc::attribute_error("__exit__"));
        };
        let exit = self.bind(&exit, &mgr);
        let enter = self.bind(&enter, &mgr);
        let r = self.call(&enter, vec![])?;
        Ok((exit, r))
    }
}

/// Whether instances of this class carry exception state.
pub fn is_exception_class(layout: Layout) -> bool {
    layout == Layout::Exception
}
