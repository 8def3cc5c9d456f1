//! Call fast paths for Python functions: arguments move straight from the caller's stack
//! into the callee's registers, with no intermediate vectors. Anything unusual (a
//! missing argument, an unknown keyword, *args/**kwargs) falls back to `call.rs`, which
//! also produces the error messages.

use std::sync::OnceLock;

use crate::code::FAST_CALL_MASK;
use crate::frame::{Frame, FrameKind};
use crate::object::ObjData;
use crate::objref::ObjRef;
use crate::types::{types, Layout};
use crate::value::Value;
use crate::vm::Vm;

/// Names and values the class-call fast path compares against, looked up once.
struct InitNames {
    new: ObjRef,
    init: ObjRef,
    object_new: Value,
}

fn init_names() -> &'static InitNames {
    static NAMES: OnceLock<InitNames> = OnceLock::new();
    NAMES.get_or_init(|| InitNames {
        new: crate::pystr::intern("__new__"),
        init: crate::pystr::intern("__init__"),
        object_new: crate::types::tobj(types().object)
            .dict
            .get("__new__")
            .unwrap_or(Value::None),
    })
}

impl Vm {
    /// The common call: a plain Python function whose positional parameters match the
    /// arguments exactly. Moves the arguments straight into the new frame's registers.
    #[inline]
    pub fn fast_call(&mut self, f: &mut Frame, n: usize, method: bool) -> Option<Box<Frame>> {
        let len = f.regs.len();
        let callee_idx = len - n - 1 - method as usize;
        let has_self = method && !matches!(f.regs[len - n - 1], Value::Unbound);
        let total = n + has_self as usize;
        let Value::Obj(o) = &f.regs[callee_idx] else {
            return None;
        };
        let ObjData::Function(func) = &o.data else {
            return None;
        };
        let code = func.code;
        let argc = code.argcount as usize;
        let varargs = code.flags & crate::code::CO_VARARGS != 0;
        let blocked = crate::code::FAST_CALL_MASK & !crate::code::CO_VARARGS;
        let ndef = func.defaults.len();
        if code.flags & blocked != 0
            || code.kwonlyargcount != 0
            || (total > argc && !varargs)
            || total + ndef < argc
        {
            return None;
        }
        let callee = std::mem::replace(&mut f.regs[callee_idx], Value::Unbound);
        let Value::Obj(o) = &callee else { return None };
        let ObjData::Function(func) = &o.data else {
            return None;
        };
        let mut frame = self.new_frame(code, func.module);
        let npos = total.min(argc);
        if npos == total {
            // Moving the arguments out leaves only the callee's (and an empty receiver's)
            // slot behind: nothing for the truncate below to drop.
            move_top(&mut f.regs, total, &mut frame.regs);
        } else {
            let args = &mut f.regs[len - total..];
            for v in &mut args[..npos] {
                frame.regs.push(std::mem::replace(v, Value::None));
            }
        }
        // Missing trailing parameters take their defaults.
        for i in npos..argc {
            frame.regs.push(func.defaults[i + ndef - argc].clone());
        }
        if varargs {
            let extra: Vec<Value> = if npos == total {
                Vec::new()
            } else {
                f.regs.drain(len - total + npos..).collect()
            };
            frame.regs.push(crate::tuple::new_tuple(extra));
        }
        f.regs.truncate(callee_idx);
        self.finish_frame_setup(func, &mut frame);
        Some(frame)
    }

    /// `cls(args)` for a plain class (metaclass `type`, `object.__new__`) whose
    /// `__init__` is a Python function taking exactly these positional arguments: the
    /// instance is made here and `__init__` runs as an `Init` frame, no vectors built.
    pub fn fast_init_call(&mut self, f: &mut Frame, n: usize, method: bool) -> Option<Box<Frame>> {
        let len = f.regs.len();
        if method && !matches!(f.regs[len - n - 1], Value::Unbound) {
            return None;
        }
        let callee_idx = len - n - 1 - method as usize;
        let Value::Obj(o) = &f.regs[callee_idx] else {
            return None;
        };
        let ObjData::Type(ty) = &o.data else {
            return None;
        };
        if !matches!(ty.layout, Layout::Object) || !std::ptr::eq(o.cls(), types().type_) {
            return None;
        }
        let t = o.as_static()?;
        let names = init_names();
        if !ty.lookup_interned(&names.new)?.is(&names.object_new) {
            return None;
        }
        // Class attributes are immortal: `init` needs no count and outlives the call.
        let init = ty.lookup_interned(&names.init)?;
        let Some(ObjData::Function(func)) = init.data() else {
            return None;
        };
        let code = func.code;
        let argc = code.argcount as usize;
        let ndef = func.defaults.len();
        let total = n + 1;
        if code.flags & FAST_CALL_MASK != 0
            || code.kwonlyargcount != 0
            || total > argc
            || total + ndef < argc
        {
            return None;
        }
        let obj = self.new_instance(t);
        let mut frame = self.new_frame(code, func.module);
        frame.regs.push(obj.clone());
        move_top(&mut f.regs, n, &mut frame.regs);
        for i in total..argc {
            frame.regs.push(func.defaults[i + ndef - argc].clone());
        }
        f.regs.truncate(callee_idx);
        self.finish_frame_setup(func, &mut frame);
        frame.kind = FrameKind::Init(obj);
        Some(frame)
    }

    /// A keyword call of a plain Python function whose keywords all name parameters.
    pub fn fast_call_kw(
        &mut self,
        f: &mut Frame,
        n: usize,
        method: bool,
        names: u32,
    ) -> Option<Box<Frame>> {
        let Some(ObjData::Tuple(kwnames)) = f.code.consts[names as usize].data() else {
            return None;
        };
        let nkw = kwnames.len();
        let len = f.regs.len();
        let callee_idx = len - n - 1 - method as usize;
        let has_self = method && !matches!(f.regs[len - n - 1], Value::Unbound);
        let npos = n - nkw + has_self as usize;
        let Value::Obj(o) = &f.regs[callee_idx] else {
            return None;
        };
        let ObjData::Function(func) = &o.data else {
            return None;
        };
        let code = func.code;
        let argc = code.argcount as usize;
        let total = argc + code.kwonlyargcount as usize;
        if code.flags & FAST_CALL_MASK != 0
            || npos > argc
            || nkw > 8
            || total > 64
            || total - argc > 8
        {
            return None;
        }
        let mut slots = [0usize; 8];
        let mut covered: u64 = (1u64 << npos) - 1;
        let first_named = code.posonlyargcount as usize;
        let params = &code.varname_objs[first_named..total];
        for (k, kn) in kwnames.iter().enumerate() {
            let Value::Obj(kn) = kn else { return None };
            // Keyword names and parameter names are interned: compare addresses first.
            let at = match params.iter().position(|v| v.is(kn)) {
                Some(at) => at,
                None => params
                    .iter()
                    .position(|v| v.as_str_opt() == kn.as_str_opt())?,
            };
            let idx = first_named + at;
            if covered & (1 << idx) != 0 {
                return None;
            }
            covered |= 1 << idx;
            slots[k] = idx;
        }
        let ndef = func.defaults.len();
        for i in npos..argc {
            if covered & (1 << i) == 0 && i + ndef < argc {
                return None;
            }
        }
        let mut kwdefault_of = [0usize; 8];
        for i in argc..total {
            if covered & (1 << i) == 0 {
                let name = &code.varname_objs[i];
                kwdefault_of[i - argc] = func
                    .kwdefaults
                    .iter()
                    .position(|(k, _)| k.is(name) || k.as_str_opt() == name.as_str_opt())?;
            }
        }
        let callee = std::mem::replace(&mut f.regs[callee_idx], Value::Unbound);
        let Value::Obj(o) = &callee else { return None };
        let ObjData::Function(func) = &o.data else {
            return None;
        };
        let mut frame = self.new_frame(code, func.module);
        // Keyword values first (they are on top), then the positional ones below them.
        let mut kwvals: [Value; 8] = std::array::from_fn(|_| Value::Unbound);
        for k in (0..nkw).rev() {
            kwvals[k] = f.regs.pop().unwrap_or(Value::Unbound);
        }
        move_top(&mut f.regs, npos, &mut frame.regs);
        f.regs.truncate(callee_idx);
        for i in npos..total {
            let v = if covered & (1 << i) == 0 {
                if i < argc {
                    func.defaults[i + ndef - argc].clone()
                } else {
                    func.kwdefaults[kwdefault_of[i - argc]].1.clone()
                }
            } else {
                Value::Unbound
            };
            frame.regs.push(v);
        }
        for (k, v) in kwvals.iter_mut().enumerate().take(nkw) {
            frame.regs[slots[k]] = std::mem::replace(v, Value::Unbound);
        }
        self.finish_frame_setup(func, &mut frame);
        Some(frame)
    }
}

/// Moves the top `n` values of `src` to the end of `dst`, in order, without touching
/// their reference counts.
#[inline(always)]
pub fn move_top(src: &mut Vec<Value>, n: usize, dst: &mut Vec<Value>) {
    let len = src.len();
    assert!(n <= len);
    dst.reserve(n);
    // SAFETY: the `n` values are copied bitwise into `dst`'s spare capacity (reserved
    // above) and `src` forgets them by shrinking its length: each value keeps exactly
    // one owner.
    unsafe {
        let at = dst.len();
        std::ptr::copy_nonoverlapping(src.as_ptr().add(len - n), dst.as_mut_ptr().add(at), n);
        src.set_len(len - n);
        dst.set_len(at + n);
    }
}
