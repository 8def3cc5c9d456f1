//! Attribute access: instance dictionaries, class lookup along the MRO, descriptors
//! (functions, classmethod, staticmethod, property, user `__get__`/`__set__`),
//! `__getattr__`/`__getattribute__`/`__setattr__`/`__delattr__`, and the method-call shortcut.

use crate::call::name_str;
use crate::exc::{attribute_error, type_error};
use crate::func::{bind_builtin, PyResult};
use crate::object::{alloc, ObjData};
use crate::objref::ObjRef;
use crate::pystr::{intern, new_str, new_string};
use crate::types::{lookup, tobj, type_name, types, TypeRef};
use crate::value::Value;
use crate::vm::Vm;

pub const HAS_GETATTRIBUTE: u8 = 1;
pub const HAS_SETATTR: u8 = 2;
pub const HAS_DELATTR: u8 = 4;

impl Vm {
    pub fn get_attr(&mut self, obj: &Value, name: &str) -> PyResult {
        let n = intern(name);
        self.get_attr_interned(obj, &n)
    }

    pub fn get_attr_interned(&mut self, obj: &Value, name: &ObjRef) -> PyResult {
        let Value::Obj(o) = obj else {
            return self.generic_getattr(obj, name);
        };
        match &o.data {
            ObjData::Instance(_) | ObjData::Exception(_) => {
                if tobj(o.cls()).special() & HAS_GETATTRIBUTE != 0 {
                    if let Some(ga) = lookup(o.cls(), "__getattribute__") {
                        return self.call_getattr_hook(&ga, obj, name);
                    }
                }
                self.instance_getattr(obj, name)
            }
            ObjData::Type(_) => self.type_getattr(obj, name),
            _ if !tobj(o.cls()).builtin && !matches!(o.data, ObjData::Module(_)) => {
                // An instance of a built-in subclass (`class L(list)`).
                if tobj(o.cls()).special() & HAS_GETATTRIBUTE != 0 {
                    if let Some(ga) = lookup(o.cls(), "__getattribute__") {
                        return self.call_getattr_hook(&ga, obj, name);
                    }
                }
                self.instance_getattr(obj, name)
            }
            ObjData::Module(m) => {
                let n = name_str(name);
                match m.ns.get(n) {
                    Some(v) => Ok(v),
                    None if n == "__dict__" => Ok(self.namespace_dict(&m.ns)),
                    None => {
                        if let Some(ga) = m.ns.get("__getattr__") {
                            return self.call(&ga, vec![Value::Obj(name.clone())]);
                        }
                        Err(attribute_error(format!(
                            "module '{}' has no attribute '{n}'",
                            m.name
                        )))
                    }
                }
            }
            _ => self.generic_getattr(obj, name),
        }
    }

    fn call_getattr_hook(&mut self, hook: &Value, obj: &Value, name: &ObjRef) -> PyResult {
        match self.call(hook, vec![obj.clone(), Value::Obj(name.clone())]) {
            Err(e) if crate::exc::is_instance_of(&e, types().attribute_error) => {
                match lookup(obj.class(), "__getattr__") {
                    Some(ga) => self.call(&ga, vec![obj.clone(), Value::Obj(name.clone())]),
                    None => Err(e),
                }
            }
            r => r,
        }
    }

    /// `object.__getattribute__`: data descriptors, the instance dict, class attributes.
    pub fn instance_getattr(&mut self, obj: &Value, name: &ObjRef) -> PyResult {
        self.local_ready(obj)?;
        let cls = obj.class();
        let n = name_str(name);
        let cattr = tobj(cls).lookup_interned(name);
        if let Some(ca) = &cattr {
            if self.is_data_descriptor(ca) {
                return self.descr_get(ca, obj, cls);
            }
        }
        if let Some(v) = instance_dict_get(obj, name) {
            return Ok(v);
        }
        if let Some(v) = self.special_instance_attr(obj, n)? {
            return Ok(v);
        }
        if let Some(ca) = cattr {
            return self.descr_get(&ca, obj, cls);
        }
        if !matches!(
            obj.data(),
            Some(ObjData::Instance(_) | ObjData::Exception(_))
        ) {
            if let Some(v) = crate::obj_attrs::builtin_attr(self, obj, n)? {
                return Ok(v);
            }
        }
        if let Some(ga) = lookup(cls, "__getattr__") {
            return self.call(&ga, vec![obj.clone(), Value::Obj(name.clone())]);
        }
        Err(no_attr(obj, n))
    }

    fn special_instance_attr(&mut self, obj: &Value, n: &str) -> PyResult<Option<Value>> {
        Ok(match n {
            "__class__" => Some(Value::type_value(obj.class())),
            "__dict__" => match crate::subclass::instance_of(obj, true) {
                Some(i) => Some(match i.local() {
                    Some(l) => crate::instance::local_dict_create(l.serial),
                    None => crate::dict_ops::dict_from_map(i.snapshot()),
                }),
                None => crate::dict_ops::map_of(obj)
                    .map(|m| crate::dict_ops::dict_from_map(m.lock().clone())),
            },
            _ => match obj.data() {
                Some(ObjData::Exception(_)) => crate::exc_attrs::exc_attr(self, obj, n)?,
                Some(ObjData::Tuple(_)) => crate::structseq::field(obj, n),
                _ => None,
            },
        })
    }

    pub fn is_data_descriptor(&self, v: &Value) -> bool {
        match v.data() {
            Some(ObjData::Property(_)) => true,
            Some(ObjData::Instance(_)) => {
                lookup(v.class(), "__set__").is_some() || lookup(v.class(), "__delete__").is_some()
            }
            _ => false,
        }
    }

    /// Binds a class attribute found for `obj` (None for access through the class).
    pub fn descr_get(&mut self, attr: &Value, obj: &Value, cls: TypeRef) -> PyResult {
        match attr.data() {
            Some(ObjData::Function(_)) => Ok(alloc(
                types().method,
                ObjData::Method(attr.clone(), obj.clone()),
            )),
            Some(ObjData::Builtin(b)) if b.owner.is_some() && b.bound.is_none() => {
                Ok(bind_builtin(b, obj.clone()))
            }
            Some(ObjData::ClassMethod(f)) => Ok(alloc(
                types().method,
                ObjData::Method(f.clone(), Value::type_value(cls)),
            )),
            Some(ObjData::StaticMethod(f)) => Ok(f.clone()),
            Some(ObjData::Property(p)) => {
                if p[0].is_none() {
                    return Err(attribute_error(format!(
                        "property {} of '{}' object has no getter",
                        self.property_name(attr),
                        type_name(obj.class())
                    )));
                }
                let g = p[0].clone();
                self.call(&g, vec![obj.clone()])
            }
            Some(ObjData::Instance(_)) => match lookup(attr.class(), "__get__") {
                Some(get) => self.call(
                    &get,
                    vec![attr.clone(), obj.clone(), Value::type_value(cls)],
                ),
                None => Ok(attr.clone()),
            },
            _ => Ok(attr.clone()),
        }
    }

    fn property_name(&mut self, p: &Value) -> String {
        if let Some(ObjData::Property(pp)) = p.data() {
            for f in pp.iter().take(3) {
                if let Some(ObjData::Function(func)) = f.data() {
                    return format!("'{}'", func.name());
                }
            }
        }
        "'?'".to_string()
    }

    pub fn bind(&mut self, attr: &Value, obj: &Value) -> Value {
        let cls = obj.class();
        self.descr_get(attr, obj, cls)
            .unwrap_or_else(|_| attr.clone())
    }

    pub fn bind_class_method(&mut self, f: &Value, cls: &Value) -> Value {
        match f.data() {
            Some(ObjData::ClassMethod(inner)) => {
                alloc(types().method, ObjData::Method(inner.clone(), cls.clone()))
            }
            Some(ObjData::Function(_)) => {
                alloc(types().method, ObjData::Method(f.clone(), cls.clone()))
            }
            _ => f.clone(),
        }
    }

    fn type_getattr(&mut self, tv: &Value, name: &ObjRef) -> PyResult {
        let Some(ObjData::Type(t)) = tv.data() else {
            return Err(no_attr(tv, name_str(name)));
        };
        let n = name_str(name);
        match n {
            "__name__" => return Ok(new_str(&t.name)),
            "__qualname__" => return Ok(new_str(&t.qualname)),
            "__mro__" => return Ok(types_tuple(&t.mro)),
            "__bases__" => return Ok(types_tuple(&t.bases)),
            "__base__" => {
                return Ok(t
                    .bases
                    .first()
                    .map_or(Value::None, |b| Value::type_value(b)))
            }
            "__dict__" => return Ok(self.namespace_dict(&t.dict)),
            "__module__" => {
                return Ok(t
                    .dict
                    .get("__module__")
                    .unwrap_or_else(|| new_str("builtins")))
            }
            "__doc__" => return Ok(t.dict.get("__doc__").unwrap_or(Value::None)),
            "__class__" => return Ok(Value::type_value(tv.class())),
            _ => {}
        }
        // CPython's `type_getattro`: a data descriptor on the metaclass wins, then the
        // class's own MRO, then any other metaclass attribute, then the metaclass's
        // `__getattr__`. Only a custom metaclass can add the first and last.
        let meta = tv.class();
        let custom_meta = !std::ptr::eq(meta, types().type_);
        let meta_attr = if custom_meta { lookup(meta, n) } else { None };
        if let Some(ma) = &meta_attr {
            if self.is_data_descriptor(ma) {
                return self.descr_get(ma, tv, meta);
            }
        }
        if let Some(v) = t.lookup(n) {
            return match v.data() {
                Some(ObjData::ClassMethod(f)) => Ok(alloc(
                    types().method,
                    ObjData::Method(f.clone(), tv.clone()),
                )),
                Some(ObjData::StaticMethod(f)) => Ok(f.clone()),
                Some(ObjData::Instance(_)) => match lookup(v.class(), "__get__") {
                    Some(get) => self.call(&get, vec![v.clone(), Value::None, tv.clone()]),
                    None => Ok(v),
                },
                _ => Ok(v),
            };
        }
        if let Some(ma) = meta_attr.or_else(|| lookup(meta, n)) {
            return self.descr_get(&ma, tv, meta);
        }
        if custom_meta {
            if let Some(ga) = lookup(meta, "__getattr__") {
                return self.call(&ga, vec![tv.clone(), Value::Obj(name.clone())]);
            }
        }
        Err(attribute_error(format!(
            "type object '{}' has no attribute '{n}'",
            t.name
        )))
    }

    pub fn namespace_dict(&mut self, ns: &crate::namespace::Namespace) -> Value {
        let d = crate::dict_ops::new_dict();
        for (k, v) in ns.items() {
            let _ = self.dict_set(&d, new_string(k), v);
        }
        d
    }

    fn generic_getattr(&mut self, obj: &Value, name: &ObjRef) -> PyResult {
        let n = name_str(name);
        if let Some(ObjData::Super(..)) = obj.data() {
            if let Some(v) = self.super_getattr(obj, n)? {
                return Ok(v);
            }
        }
        if let Some(v) = crate::obj_attrs::builtin_attr(self, obj, n)? {
            return Ok(v);
        }
        let cls = obj.class();
        if let Some(ca) = lookup(cls, n) {
            return self.descr_get(&ca, obj, cls);
        }
        Err(no_attr(obj, n))
    }

    pub fn set_attr(&mut self, obj: &Value, name: &ObjRef, v: Value) -> PyResult<()> {
        let n = name_str(name);
        let Value::Obj(o) = obj else {
            return Err(no_attr_set(obj, n));
        };
        match &o.data {
            _ if matches!(o.data, ObjData::Instance(_) | ObjData::Exception(_))
                || crate::subclass::is_heap_builtin(obj) && !matches!(o.data, ObjData::Type(_)) =>
            {
                if tobj(o.cls()).special() & HAS_SETATTR != 0 {
                    if let Some(sa) = lookup(o.cls(), "__setattr__") {
                        self.call(&sa, vec![obj.clone(), Value::Obj(name.clone()), v])?;
                        return Ok(());
                    }
                }
                self.object_setattr(obj, name, v)
            }
            ObjData::Type(t) => {
                if t.builtin {
                    return Err(type_error(format!(
                        "cannot set '{n}' attribute of immutable type '{}'",
                        t.name
                    )));
                }
                let is_python = !matches!(v.data(), Some(ObjData::Builtin(_)));
                t.dict.set(n, v);
                // A hook assigned after the class statement (`C.__setattr__ = f`, as
                // dataclasses' frozen=True does) takes effect like one in the body.
                let bit = match n {
                    "__getattribute__" => HAS_GETATTRIBUTE,
                    "__setattr__" => HAS_SETATTR,
                    "__delattr__" => HAS_DELATTR,
                    _ => 0,
                };
                if bit != 0 && is_python {
                    t.special
                        .fetch_or(bit, std::sync::atomic::Ordering::Relaxed);
                }
                Ok(())
            }
            ObjData::Module(m) => {
                m.ns.set(n, v);
                Ok(())
            }
            ObjData::Function(f) => {
                let h = crate::pystr::str_hash(n);
                let mut a = f.attrs.lock();
                let mut slow = Vec::new();
                let key = Value::Obj(name.clone());
                match a.find(h, &key, &mut slow) {
                    Some(i) => {
                        a.set_at(i, v);
                    }
                    None => a.push(h, key, v),
                }
                Ok(())
            }
            _ => Err(no_attr_set(obj, n)),
        }
    }

    /// `object.__setattr__`.
    pub fn object_setattr(&mut self, obj: &Value, name: &ObjRef, v: Value) -> PyResult<()> {
        self.local_ready(obj)?;
        let n = name_str(name);
        if let Some(ca) = lookup(obj.class(), n) {
            match ca.data() {
                Some(ObjData::Property(p)) => {
                    if p[1].is_none() {
                        return Err(attribute_error(format!(
                            "property {} of '{}' object has no setter",
                            self.property_name(&ca),
                            type_name(obj.class())
                        )));
                    }
                    let s = p[1].clone();
                    self.call(&s, vec![obj.clone(), v])?;
                    return Ok(());
                }
                Some(ObjData::Instance(_)) => {
                    if let Some(set) = lookup(ca.class(), "__set__") {
                        self.call(&set, vec![ca.clone(), obj.clone(), v])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if let Some(ObjData::Exception(_)) = obj.data() {
            if crate::exc_attrs::set_exc_attr(self, obj, n, &v)? {
                return Ok(());
            }
        }
        if n == "__class__" {
            return Err(type_error("__class__ assignment is not supported"));
        }
        if let Some(allowed) = &tobj(obj.class()).slots {
            if !allowed.iter().any(|a| a == n) {
                return Err(no_attr(obj, n));
            }
        }
        if let Some(i) = crate::subclass::instance_of(obj, true) {
            if n == "__dict__" && i.local().is_some() {
                return Err(local_dict_read_only(obj));
            }
            let old = i.set(name_hash(name), Value::Obj(name.clone()), v);
            drop(old);
            return Ok(());
        }
        let Some(m) = crate::dict_ops::map_of(obj) else {
            return Err(no_attr_set(obj, n));
        };
        let h = name_hash(name);
        let key = Value::Obj(name.clone());
        let mut g = m.lock();
        let mut slow = Vec::new();
        let old = match g.find(h, &key, &mut slow) {
            Some(i) => g.set_at(i, v),
            None => {
                g.push(h, key, v);
                None
            }
        };
        drop(g);
        drop(old);
        Ok(())
    }

    pub fn del_attr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<()> {
        let n = name_str(name);
        match obj.data() {
            _ if matches!(
                obj.data(),
                Some(ObjData::Instance(_) | ObjData::Exception(_))
            ) || crate::subclass::is_heap_builtin(obj)
                && !matches!(obj.data(), Some(ObjData::Type(_))) =>
            {
                if tobj(obj.class()).special() & HAS_DELATTR != 0 {
                    if let Some(da) = lookup(obj.class(), "__delattr__") {
                        self.call(&da, vec![obj.clone(), Value::Obj(name.clone())])?;
                        return Ok(());
                    }
                }
                if let Some(ca) = lookup(obj.class(), n) {
                    if let Some(ObjData::Property(p)) = ca.data() {
                        if p[2].is_none() {
                            return Err(attribute_error(format!(
                                "property {} of '{}' object has no deleter",
                                self.property_name(&ca),
                                type_name(obj.class())
                            )));
                        }
                        let d = p[2].clone();
                        self.call(&d, vec![obj.clone()])?;
                        return Ok(());
                    }
                }
                self.local_ready(obj)?;
                if n == "__dict__" && local_of(obj).is_some() {
                    return Err(local_dict_read_only(obj));
                }
                if delete_instance_attr(obj, name) {
                    Ok(())
                } else {
                    Err(no_attr(obj, n))
                }
            }
            Some(ObjData::Type(t)) if !t.builtin => {
                if t.dict.delete(n) {
                    Ok(())
                } else {
                    Err(attribute_error(format!(
                        "type object '{}' has no attribute '{n}'",
                        t.name
                    )))
                }
            }
            Some(ObjData::Module(m)) => {
                if m.ns.delete(n) {
                    Ok(())
                } else {
                    Err(attribute_error(format!(
                        "module '{}' has no attribute '{n}'",
                        m.name
                    )))
                }
            }
            _ => Err(no_attr(obj, n)),
        }
    }

    /// `obj.name` for a call: `(function, obj)` avoids allocating a bound method.
    pub fn load_method(&mut self, obj: Value, name: &ObjRef) -> PyResult<(Value, Value)> {
        match obj.data() {
            Some(ObjData::Instance(_)) => {
                self.local_ready(&obj)?;
                let cls = obj.class();
                if tobj(cls).special() & HAS_GETATTRIBUTE == 0 {
                    if let Some(ca) = tobj(cls).lookup_interned(name) {
                        if matches!(ca.data(), Some(ObjData::Function(_)))
                            && instance_dict_get(&obj, name).is_none()
                        {
                            return Ok((ca, obj));
                        }
                    }
                }
            }
            Some(ObjData::Type(_) | ObjData::Module(_) | ObjData::Super(..)) | None => {}
            Some(_) => {
                if let Some(ca) = tobj(obj.class()).lookup_interned(name) {
                    if let Some(ObjData::Builtin(b)) = ca.data() {
                        if b.owner.is_some() && b.bound.is_none() {
                            return Ok((ca, obj));
                        }
                    }
                }
            }
        }
        let v = self.get_attr_interned(&obj, name)?;
        Ok((v, Value::Unbound))
    }
}

pub fn name_hash(name: &ObjRef) -> i64 {
    match &name.data {
        ObjData::Str(s) => s.hash(),
        _ => 0,
    }
}

/// The instance-dict entry for an interned name (pointer comparison first).
#[inline]
pub fn instance_dict_get(obj: &Value, name: &ObjRef) -> Option<Value> {
    if let Some(i) = crate::subclass::instance_of(obj, false) {
        return i.get(name_hash(name), name);
    }
    match obj.data()? {
        ObjData::Exception(e) => {
            let g = e.attrs.lock();
            if g.is_empty() {
                return None;
            }
            g.get_name(name_hash(name), name).cloned()
        }
        _ => None,
    }
}

/// Removes an attribute from an instance's (or exception's) own dict; false if absent.
pub fn delete_instance_attr(obj: &Value, name: &ObjRef) -> bool {
    let h = name_hash(name);
    let key = Value::Obj(name.clone());
    if let Some(i) = crate::subclass::instance_of(obj, false) {
        return i.delete(h, &key);
    }
    match obj.data() {
        Some(ObjData::Exception(e)) => {
            let mut g = e.attrs.lock();
            let mut slow = Vec::new();
            let removed = g.find(h, &key, &mut slow).and_then(|i| g.remove_at(i));
            drop(g);
            removed.is_some()
        }
        _ => false,
    }
}

/// The names in an instance's (or exception's) own dict, for `dir()`.
pub fn instance_attr_names(obj: &Value) -> Vec<Value> {
    if let Some(i) = crate::subclass::instance_of(obj, false) {
        return i.keys();
    }
    match obj.data() {
        Some(ObjData::Exception(e)) => e.attrs.lock().keys(),
        _ => Vec::new(),
    }
}

fn local_of(obj: &Value) -> Option<&crate::instance::LocalInit> {
    match obj.data()? {
        ObjData::Instance(i) => i.local(),
        _ => None,
    }
}

fn local_dict_read_only(obj: &Value) -> crate::func::Exc {
    // `threading.local` itself is CPython's static type `_thread._local`.
    let t = tobj(obj.class());
    let name = if t.name == "_local" && t.mro.len() == 2 {
        "_thread._local"
    } else {
        &t.name
    };
    attribute_error(format!("'{name}' object attribute '__dict__' is read-only"))
}

impl Vm {
    /// A `threading.local` touched for the first time by this thread gets its dict, and
    /// its class's `__init__` runs with the constructor's arguments (CPython's `_ldict`);
    /// if that raises, the dict is dropped again and the error propagates.
    #[inline]
    fn local_ready(&mut self, obj: &Value) -> PyResult<()> {
        match local_of(obj) {
            Some(l) if crate::instance::local_dict(l.serial).is_none() => {
                self.local_first_touch(obj)
            }
            _ => Ok(()),
        }
    }

    #[cold]
    fn local_first_touch(&mut self, obj: &Value) -> PyResult<()> {
        let Some(l) = local_of(obj) else {
            return Ok(());
        };
        let serial = l.serial;
        let (args, kw) = (l.args.clone(), l.kw.clone());
        crate::instance::local_dict_create(serial);
        let cls = obj.class();
        let Some(init) = lookup(cls, "__init__") else {
            return Ok(());
        };
        let object_init = lookup(types().object, "__init__");
        if object_init.is_some_and(|o| o.is(&init)) {
            return Ok(());
        }
        let f = self.descr_get(&init, obj, cls)?;
        if let Err(e) = self.call_kw(&f, args, &kw) {
            crate::instance::local_dict_remove(serial);
            return Err(e);
        }
        Ok(())
    }
}

fn types_tuple(ts: &[TypeRef]) -> Value {
    crate::tuple::new_tuple(ts.iter().map(|t| Value::type_value(t)).collect())
}

pub fn no_attr(obj: &Value, n: &str) -> crate::func::Exc {
    attribute_error(format!(
        "'{}' object has no attribute '{n}'",
        type_name(obj.class())
    ))
}

fn no_attr_set(obj: &Value, n: &str) -> crate::func::Exc {
    let t = obj.class();
    if lookup(t, n).is_some() {
        return attribute_error(format!(
            "'{}' object attribute '{n}' is read-only",
            type_name(t)
        ));
    }
    attribute_error(format!("'{}' object has no attribute '{n}'", type_name(t)))
}
