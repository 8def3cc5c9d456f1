//! `repr()` and `str()` of every built-in object, exactly as CPython prints them, with
//! `[...]` for self-containing containers and RecursionError for very deep nesting.

use crate::exc::{args_of, type_error};
use crate::float::float_repr;
use crate::func::PyResult;
use crate::object::ObjData;
use crate::types::{lookup, tobj, type_name, types, TypeRef};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        if let Some(r) = self.override_call(v, "__repr__", Vec::new)? {
            return match r.as_str() {
                Some(t) => Ok(t.to_string()),
                None => Err(type_error(format!(
                    "__repr__ returned non-string (type {})",
                    type_name(r.class())
                ))),
            };
        }
        self.repr_native(v)
    }

    /// `repr(v)` by the payload's own rules (what `list.__repr__` does).
    pub fn repr_native(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::None | Value::Unbound => return Ok("None".into()),
            Value::Bool(true) => return Ok("True".into()),
            Value::Bool(false) => return Ok("False".into()),
            Value::Int(i) => return Ok(i.to_string()),
            Value::Float(f) => return Ok(float_repr(*f)),
            Value::Obj(_) => {}
        }
        let Value::Obj(o) = v else {
            return Ok(String::new());
        };
        match &o.data {
            ObjData::Str(s) => Ok(str_repr(s.as_str())),
            ObjData::BigInt(b) => Ok(crate::format::intstr::int_to_decimal(b)?),
            ObjData::List(_) | ObjData::Tuple(_) | ObjData::Dict(_) | ObjData::Set(_) => {
                self.container_repr(v)
            }
            ObjData::Instance(_) | ObjData::Exception(_) => self.user_repr(v),
            // Stdlib-owned payloads (`_thread.lock`, ...) repr through their class.
            ObjData::Native(_) => match lookup(v.class(), "__repr__") {
                Some(r) => {
                    let s = self.call(&r, vec![v.clone()])?;
                    Ok(s.as_str().unwrap_or_default().to_string())
                }
                None => Ok(self.builtin_repr(v)),
            },
            _ => Ok(self.builtin_repr(v)),
        }
    }

    fn user_repr(&mut self, v: &Value) -> PyResult<String> {
        match lookup(v.class(), "__repr__") {
            Some(r) if !matches!(r.data(), Some(ObjData::Builtin(_))) => {
                let s = self.call(&r, vec![v.clone()])?;
                match s.as_str() {
                    Some(t) => Ok(t.to_string()),
                    None => Err(type_error(format!(
                        "__repr__ returned non-string (type {})",
                        type_name(s.class())
                    ))),
                }
            }
            _ => self.default_repr(v),
        }
    }

    /// `object.__repr__` / `BaseException.__repr__`.
    pub fn default_repr(&mut self, v: &Value) -> PyResult<String> {
        if let Some(ObjData::Exception(_)) = v.data() {
            let args = args_of(v.obj().unwrap_or_else(|| unreachable!()));
            let name = &tobj(v.class()).name;
            return Ok(match args.len() {
                1 => format!("{name}({})", self.repr(&args[0])?),
                _ => {
                    let t = crate::tuple::new_tuple(args);
                    format!("{name}{}", self.repr(&t)?)
                }
            });
        }
        Ok(format!(
            "<{} object at {:#x}>",
            qual_type_name(v.class()),
            v.id()
        ))
    }

    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        if let Some(r) = self.override_call(v, "__str__", Vec::new)? {
            return match r.as_str() {
                Some(t) => Ok(t.to_string()),
                None => Err(type_error(format!(
                    "__str__ returned non-string (type {})",
                    type_name(r.class())
                ))),
            };
        }
        if let Some(s) = v.as_str() {
            return Ok(s.to_string());
        }
        match v.data() {
            Some(ObjData::Instance(_) | ObjData::Exception(_)) => {
                match lookup(v.class(), "__str__") {
                    Some(f) if !matches!(f.data(), Some(ObjData::Builtin(_))) => {
                        let s = self.call(&f, vec![v.clone()])?;
                        match s.as_str() {
                            Some(t) => Ok(t.to_string()),
                            None => Err(type_error(format!(
                                "__str__ returned non-string (type {})",
                                type_name(s.class())
                            ))),
                        }
                    }
                    _ => match v.data() {
                        Some(ObjData::Exception(_)) => self.exc_str(v),
                        _ => self.repr(v),
                    },
                }
            }
            _ => self.repr(v),
        }
    }

    /// `BaseException.__str__`.
    pub fn exc_str(&mut self, v: &Value) -> PyResult<String> {
        let Some(o) = v.obj() else {
            return Ok(String::new());
        };
        if let Some(s) = crate::exc_group::group_str(o) {
            return Ok(s);
        }
        if crate::exc::is_instance_of(o, types().syntax_error) {
            return self.syntax_error_str(v);
        }
        let args = args_of(o);
        match args.len() {
            0 => Ok(String::new()),
            1 if crate::exc::is_instance_of(o, types().key_error) => self.repr(&args[0]),
            2 | 3 if crate::exc::is_instance_of(o, types().os_error) => {
                let errno = self.str_of(&args[0])?;
                let msg = self.str_of(&args[1])?;
                match args.get(2).filter(|f| !f.is_none()) {
                    Some(f) => Ok(format!("[Errno {errno}] {msg}: {}", self.repr(f)?)),
                    None => Ok(format!("[Errno {errno}] {msg}")),
                }
            }
            1 => self.str_of(&args[0]),
            _ => self.repr(&crate::tuple::new_tuple(args)),
        }
    }

    /// `SyntaxError.__str__`: `msg (file, line N)` with the file's last path component,
    /// as CPython's `SyntaxError_str`; the parts that are missing are left out.
    fn syntax_error_str(&mut self, v: &Value) -> PyResult<String> {
        let msg = self.get_attr(v, "msg")?;
        let msg = self.str_of(&msg)?;
        let filename = match self.get_attr(v, "filename")? {
            f @ Value::Obj(_) => f
                .as_str()
                .map(|s| s.rsplit('/').next().unwrap_or(s).to_string()),
            _ => None,
        };
        let lineno = match self.get_attr(v, "lineno")? {
            Value::Int(n) => Some(n),
            _ => None,
        };
        Ok(match (filename, lineno) {
            (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(n)) => format!("{msg} (line {n})"),
            (None, None) => msg,
        })
    }

    fn container_repr(&mut self, v: &Value) -> PyResult<String> {
        let id = v.id();
        if self.repr_stack.contains(&id) {
            return Ok(match v.data() {
                Some(ObjData::List(_)) => "[...]".to_string(),
                Some(ObjData::Tuple(_)) => "(...)".to_string(),
                Some(ObjData::Dict(_)) => "{...}".to_string(),
                _ => format!("{}(...)", type_name(v.class())),
            });
        }
        if self.depth + self.repr_stack.len() >= self.recursion_limit() {
            return Err(crate::exc::new_exc_msg(
                types().recursion_error,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.repr_stack.push(id);
        let r = self.container_repr_inner(v);
        self.repr_stack.pop();
        r
    }

    fn container_repr_inner(&mut self, v: &Value) -> PyResult<String> {
        let mut out = String::new();
        match v.data() {
            Some(ObjData::List(_)) | Some(ObjData::Tuple(_)) => {
                let items = crate::seq::snapshot(v);
                let is_list = matches!(v.data(), Some(ObjData::List(_)));
                out.push(if is_list { '[' } else { '(' });
                for (i, x) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr(x)?);
                }
                if !is_list && items.len() == 1 {
                    out.push(',');
                }
                out.push(if is_list { ']' } else { ')' });
            }
            Some(ObjData::Dict(d)) => {
                let items = d.lock().items();
                out.push('{');
                for (i, (k, x)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr(k)?);
                    out.push_str(": ");
                    out.push_str(&self.repr(x)?);
                }
                out.push('}');
            }
            Some(ObjData::Set(d)) => {
                let keys = d.lock().keys();
                // A set subclass and frozenset print their class name around the braces.
                let named = !std::ptr::eq(v.class(), types().set);
                if keys.is_empty() {
                    return Ok(format!("{}()", type_name(v.class())));
                }
                if named {
                    out.push_str(type_name(v.class()));
                    out.push('(');
                }
                out.push('{');
                for (i, k) in keys.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr(k)?);
                }
                out.push('}');
                if named {
                    out.push(')');
                }
            }
            _ => {}
        }
        Ok(out)
    }

    fn builtin_repr(&mut self, v: &Value) -> String {
        let Some(o) = v.obj() else {
            return String::new();
        };
        match &o.data {
            ObjData::Function(f) => format!("<function {} at {:#x}>", f.qualname(), o.id()),
            ObjData::Builtin(b) => match (&b.bound, b.owner) {
                (Some(r), Some(owner)) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    type_name(r.class()),
                    r.id()
                )
                .replace(&format!("of {owner} object"), &format!("of {owner} object")),
                (None, Some(owner)) => format!("<method '{}' of '{owner}' objects>", b.name),
                _ => format!("<built-in function {}>", b.name),
            },
            ObjData::Method(f, r) => {
                let fname = match f.data() {
                    Some(ObjData::Function(func)) => func.qualname(),
                    _ => "?".into(),
                };
                let rr = self.repr(r).unwrap_or_default();
                format!("<bound method {fname} of {rr}>")
            }
            ObjData::Type(_) => {
                let t = o.as_static().unwrap_or_else(|| types().object);
                format!("<class '{}'>", qual_type_name(t))
            }
            ObjData::Module(m) => match m.ns.get("__file__").as_ref().and_then(|f| f.as_str()) {
                Some(f) => format!("<module '{}' from '{f}'>", m.name),
                None => format!("<module '{}' (built-in)>", m.name),
            },
            ObjData::Bytes(b) => crate::bytes::bytes_repr(b),
            ObjData::Range(a, b, c) => {
                if *c == 1 {
                    format!("range({a}, {b})")
                } else {
                    format!("range({a}, {b}, {c})")
                }
            }
            ObjData::Slice(s) => {
                let parts: Vec<String> =
                    s.iter().map(|x| self.repr(x).unwrap_or_default()).collect();
                format!("slice({}, {}, {})", parts[0], parts[1], parts[2])
            }
            ObjData::Generator(g) => {
                format!("<{} object {} at {:#x}>", g.type_word(), g.qualname, o.id())
            }
            ObjData::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name,
                o.id(),
                c.source.filename,
                c.firstlineno
            ),
            ObjData::Singleton => {
                if std::ptr::eq(o.cls(), types().ellipsis_type) {
                    "Ellipsis".into()
                } else {
                    "NotImplemented".into()
                }
            }
            ObjData::Cell(_) => format!("<cell at {:#x}>", o.id()),
            _ => format!("<{} object at {:#x}>", qual_type_name(o.cls()), o.id()),
        }
    }
}

/// `module.qualname` for classes outside builtins.
pub fn qual_type_name(t: TypeRef) -> String {
    let to = tobj(t);
    let m = to.module_name();
    if m == "builtins" {
        to.qualname.clone()
    } else {
        format!("{m}.{}", to.qualname)
    }
}

pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !skein_grammar::pyrepr::is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
