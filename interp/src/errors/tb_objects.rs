//! `exc.__traceback__`: traceback and frame objects built on demand from an exception's
//! traceback entries (cached, extended as the exception travels outward), and the way
//! back (`with_traceback`, assigning `__traceback__`).

use std::sync::OnceLock;

use crate::exc::{exc_data, type_error, TbEntry};
use crate::func::PyResult;
use crate::object::ObjData;
use crate::objref::ObjRef;
use crate::pystr::{intern, new_string};
use crate::types::{make_type, new_type_obj, types, Layout, TypeRef};
use crate::value::Value;
use crate::vm::Vm;

struct TbTypes {
    traceback: TypeRef,
    frame: TypeRef,
}

fn tb_types() -> &'static TbTypes {
    static T: OnceLock<TbTypes> = OnceLock::new();
    T.get_or_init(|| {
        let make = |name: &str| {
            let t = new_type_obj(name, vec![types().object], Layout::Object, false);
            let t = make_type(types().type_, t).unwrap_or_else(|_| unreachable!("single base"));
            if let ObjData::Type(tt) = &t.data {
                tt.dict
                    .set("__module__", new_string("builtins".to_string()));
            }
            t
        };
        TbTypes {
            traceback: make("traceback"),
            frame: make("frame"),
        }
    })
}

impl Vm {
    /// `exc.__traceback__`: None before it was raised, else the outermost entry.
    pub fn traceback_of(&mut self, e: &ObjRef) -> PyResult {
        let Some(x) = exc_data(e) else {
            return Ok(Value::None);
        };
        let (entries, cached) = {
            let st = x.state.lock();
            (st.traceback.clone(), st.tb_object.clone())
        };
        let (mut covered, mut head) = cached.unwrap_or((0, Value::None));
        if covered == entries.len() {
            return Ok(head);
        }
        if covered > entries.len() {
            covered = 0;
            head = Value::None;
        }
        // Entries run innermost first; each later one is the caller of the one before.
        for entry in &entries[covered..] {
            head = self.new_tb(entry, head)?;
        }
        x.state.lock().tb_object = Some((entries.len(), head.clone()));
        Ok(head)
    }

    fn new_tb(&mut self, entry: &TbEntry, next: Value) -> PyResult {
        let t = tb_types();
        let code = crate::object::alloc(types().code, ObjData::Code(entry.code));
        let line = Value::Int(entry.code.line_of(entry.pc as usize) as i64);
        let lasti = Value::Int(entry.pc as i64 * 2);
        let frame = self.new_instance(t.frame);
        for (n, v) in [
            ("f_code", code),
            ("f_lineno", line.clone()),
            ("f_lasti", lasti.clone()),
            ("f_back", Value::None),
            ("f_locals", crate::dict_ops::new_dict()),
        ] {
            self.set_attr(&frame, &intern(n), v)?;
        }
        let tb = self.new_instance(t.traceback);
        for (n, v) in [
            ("tb_frame", frame),
            ("tb_lineno", line),
            ("tb_lasti", lasti),
            ("tb_next", next),
        ] {
            self.set_attr(&tb, &intern(n), v)?;
        }
        Ok(tb)
    }

    /// Assigns `exc.__traceback__` (also `with_traceback`): None or a traceback object.
    pub fn set_traceback(&mut self, e: &ObjRef, tb: &Value) -> PyResult<()> {
        let Some(x) = exc_data(e) else {
            return Ok(());
        };
        if tb.is_none() {
            let mut st = x.state.lock();
            st.traceback.clear();
            st.tb_object = None;
            return Ok(());
        }
        let mut outer_first = Vec::new();
        let mut cur = tb.clone();
        while !cur.is_none() {
            if !std::ptr::eq(cur.class(), tb_types().traceback) || outer_first.len() > 100_000 {
                return Err(type_error("__traceback__ must be a traceback or None"));
            }
            let frame = self.get_attr(&cur, "tb_frame")?;
            let code = self.get_attr(&frame, "f_code")?;
            let lasti = self.get_attr(&cur, "tb_lasti")?;
            match (code.data(), lasti) {
                (Some(ObjData::Code(c)), Value::Int(i)) if i >= 0 => outer_first.push(TbEntry {
                    code: c,
                    pc: (i / 2) as u32,
                }),
                _ => return Err(type_error("__traceback__ must be a traceback or None")),
            }
            cur = self.get_attr(&cur, "tb_next")?;
        }
        outer_first.reverse();
        let mut st = x.state.lock();
        st.tb_object = Some((outer_first.len(), tb.clone()));
        st.traceback = outer_first;
        Ok(())
    }
}
