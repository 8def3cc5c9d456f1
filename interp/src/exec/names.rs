//! Name access for the loop: globals through cached slots (no shared lock), class-body
//! namespaces, cells, and building function objects.

use parking_lot::Mutex;

use crate::bytecode::*;
use crate::dict::DictMap;
use crate::exc::{name_error, new_exc_msg};
use crate::frame::Frame;
use crate::func::{Function, PyResult};
use crate::module::module_ns;
use crate::object::{alloc, ObjData};
use crate::objref::ObjRef;
use crate::pystr::{interned, new_string};
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    #[inline]
    pub fn load_global(&mut self, f: &Frame, i: u32) -> PyResult {
        let code = f.code;
        // The module slot is made if missing, so a later definition lands where the
        // cache looks. The builtins slot is only looked up: making one copied the whole
        // builtins map for every module-level name any function used.
        let (g, b) = *code.global_cache[i as usize].get_or_init(|| {
            let name = code.name_str(i);
            (
                module_ns(f.module).slot_or_create(name),
                module_ns(self.interp.builtins).slot(name),
            )
        });
        match g.get() {
            Value::Unbound => {
                let found = match b {
                    Some(b) => b.get(),
                    // A name builtins gained after this code first ran.
                    None => self
                        .builtins_ns()
                        .get(code.name_str(i))
                        .unwrap_or(Value::Unbound),
                };
                match found {
                    Value::Unbound => Err(name_error(code.name_str(i))),
                    v => Ok(v),
                }
            }
            v => Ok(v),
        }
    }

    pub fn delete_global(&mut self, f: &Frame, i: u32) -> PyResult<()> {
        let name = f.code.name_str(i);
        if module_ns(f.module).delete(name) {
            Ok(())
        } else {
            Err(name_error(name))
        }
    }

    pub fn load_name(&mut self, f: &Frame, i: u32) -> PyResult {
        let name = &f.code.names[i as usize];
        if let Some(ns) = &f.ns {
            if let Some(v) = self.dict_get(ns, &Value::Obj(name.clone()))? {
                return Ok(v);
            }
        }
        let s = f.code.name_str(i);
        if let Some(v) = module_ns(f.module).get(s) {
            return Ok(v);
        }
        match self.builtins_ns().get(s) {
            Some(v) => Ok(v),
            None => Err(name_error(s)),
        }
    }

    pub fn store_name(&mut self, f: &Frame, i: u32, v: Value) -> PyResult<()> {
        let name = Value::Obj(f.code.names[i as usize].clone());
        match &f.ns {
            // A metaclass's `__prepare__` may return a mapping with its own `__setitem__`.
            Some(ns) if crate::subclass::is_heap_builtin(ns) => self.set_item(ns, name, v),
            Some(ns) => self.dict_set(ns, name, v),
            None => {
                module_ns(f.module).set(f.code.name_str(i), v);
                Ok(())
            }
        }
    }

    pub fn delete_name(&mut self, f: &Frame, i: u32) -> PyResult<()> {
        let name = Value::Obj(f.code.names[i as usize].clone());
        match &f.ns {
            Some(ns) => match self.dict_remove(ns, &name)? {
                Some(_) => Ok(()),
                None => Err(name_error(f.code.name_str(i))),
            },
            None => self.delete_global(f, i),
        }
    }

    pub fn load_deref(&mut self, f: &Frame, i: u32) -> PyResult {
        let idx = f.code.nlocals() + i as usize;
        let v = match f.regs[idx].data() {
            Some(ObjData::Cell(c)) => c.lock().clone(),
            _ => Value::Unbound,
        };
        match v {
            Value::Unbound => Err(self.unbound_free(f, i)),
            v => Ok(v),
        }
    }

    fn unbound_free(&self, f: &Frame, i: u32) -> crate::func::Exc {
        let code = f.code;
        let i = i as usize;
        if i < code.cellvars.len() {
            new_exc_msg(
                types().unbound_local_error,
                format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    code.cellvars[i]
                ),
            )
        } else {
            let name = &code.freevars[i - code.cellvars.len()];
            new_exc_msg(
                types().name_error,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    pub fn delete_deref(&mut self, f: &Frame, i: u32) -> PyResult<()> {
        let idx = f.code.nlocals() + i as usize;
        if let Some(ObjData::Cell(c)) = f.regs[idx].data() {
            let old = std::mem::replace(&mut *c.lock(), Value::Unbound);
            if let Value::Unbound = old {
                return Err(self.unbound_free(f, i));
            }
        }
        Ok(())
    }

    pub fn load_class_deref(&mut self, f: &Frame, i: u32) -> PyResult {
        let code = f.code;
        let iu = i as usize;
        let name = if iu < code.cellvars.len() {
            &code.cellvars[iu]
        } else {
            &code.freevars[iu - code.cellvars.len()]
        };
        if let Some(ns) = &f.ns {
            if let Some(v) = self.dict_get(ns, &interned(name))? {
                return Ok(v);
            }
        }
        self.load_deref(f, i)
    }

    pub fn make_function(&mut self, f: &mut Frame, flags: u8) -> PyResult {
        let code_v = f.pop();
        let closure = if flags & MF_CLOSURE != 0 {
            f.pop()
        } else {
            Value::None
        };
        let kwdefaults = if flags & MF_KWDEFAULTS != 0 {
            f.pop()
        } else {
            Value::None
        };
        let defaults = if flags & MF_DEFAULTS != 0 {
            f.pop()
        } else {
            Value::None
        };
        let Some(ObjData::Code(code)) = code_v.data() else {
            return Err(crate::exc::type_error("MakeFunction without a code object"));
        };
        let tuple_items = |v: &Value| match v.data() {
            Some(ObjData::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let kw: Vec<(ObjRef, Value)> = match kwdefaults.data() {
            Some(ObjData::Dict(d)) => d
                .lock()
                .items()
                .into_iter()
                .filter_map(|(k, v)| Some((k.obj()?.clone(), v)))
                .collect(),
            _ => Vec::new(),
        };
        let func = Function {
            code,
            module: f.module,
            defaults: tuple_items(&defaults).into_boxed_slice(),
            kwdefaults: kw.into_boxed_slice(),
            closure: tuple_items(&closure).into_boxed_slice(),
            attrs: Mutex::new(DictMap::new()),
        };
        let data = ObjData::Function(Box::new(func));
        Ok(if flags & MF_SHARED != 0 {
            Value::Obj(ObjRef::immortal(types().function, data))
        } else {
            alloc(types().function, data)
        })
    }

    pub fn setup_annotations(&mut self, f: &Frame) -> PyResult<()> {
        let key = interned("__annotations__");
        match &f.ns {
            Some(ns) => {
                if self.dict_get(ns, &key)?.is_none() {
                    let d = crate::dict_ops::new_dict();
                    self.dict_set(ns, key, d)?;
                }
            }
            None => {
                let ns = module_ns(f.module);
                if ns.get("__annotations__").is_none() {
                    ns.set("__annotations__", crate::dict_ops::new_dict());
                }
            }
        }
        Ok(())
    }

    pub fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let r = self.repr(&v)?;
        self.write_out(&format!("{r}\n"));
        self.builtins_ns().set("_", v);
        Ok(())
    }

    pub fn str_value(&mut self, v: &Value) -> PyResult {
        if v.as_str().is_some() && std::ptr::eq(v.class(), types().str) {
            return Ok(v.clone());
        }
        Ok(new_string(self.str_of(v)?))
    }
}
