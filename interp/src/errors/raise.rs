//! Raising and catching: `raise` / `raise from`, turning classes into instances,
//! matching `except` clauses, and entering `with` blocks.

use crate::bytecode::{RAISE_EXC, RAISE_FROM};
use crate::exc::{exc_data, runtime_error, type_error};
use crate::frame::Frame;
use crate::func::{Exc, PyResult};
use crate::object::ObjData;
use crate::objref::ObjRef;
use crate::types::{is_subtype, tobj, types, Layout};
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

    /// `with mgr:` — looks up `__enter__`/`__exit__` on the type, calls `__enter__` and
    /// returns (bound `__exit__`, what `__enter__` returned).
    pub fn before_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let (enter_name, exit_name) = with_names();
        let t = tobj(mgr.class());
        let Some(enter) = t.lookup_interned(enter_name) else {
            return Err(no_context_manager(&mgr, "", ""));
        };
        let Some(exit) = t.lookup_interned(exit_name) else {
            return Err(no_context_manager(&mgr, "", " (missed __exit__ method)"));
        };
        let exit = self.bind(&exit, &mgr);
        let r = self.call_unbound(&enter, &mgr)?;
        Ok((exit, r))
    }

    /// `descr.__get__(obj)()`, without making the bound method when `descr` is a Python
    /// function or a native method descriptor (every built-in context manager's).
    fn call_unbound(&mut self, descr: &Value, obj: &Value) -> PyResult {
        match descr.data() {
            Some(ObjData::Builtin(b)) if b.owner.is_some() && b.bound.is_none() => {
                (b.f)(self, std::slice::from_ref(obj), &[])
            }
            Some(ObjData::Function(_)) => self.call(descr, vec![obj.clone()]),
            _ => {
                let bound = self.bind(descr, obj);
                self.call(&bound, vec![])
            }
        }
    }
}

/// CPython 3.11's TypeError for a `with` (`kind` "") or `async with` (`kind`
/// "asynchronous ") operand that lacks the protocol's methods.
pub fn no_context_manager(mgr: &Value, kind: &str, missed: &str) -> Exc {
    type_error(format!(
        "'{}' object does not support the {kind}context manager protocol{missed}",
        crate::types::type_name(mgr.class())
    ))
}

/// `__enter__` and `__exit__` interned once, so their lookups hash a pointer.
fn with_names() -> &'static (ObjRef, ObjRef) {
    static NAMES: std::sync::OnceLock<(ObjRef, ObjRef)> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        (
            crate::pystr::intern("__enter__"),
            crate::pystr::intern("__exit__"),
        )
    })
}

/// Whether instances of this class carry exception state.
pub fn is_exception_class(layout: Layout) -> bool {
    layout == Layout::Exception
}
