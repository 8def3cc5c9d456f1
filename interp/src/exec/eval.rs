//! The eval loop: `execute` switches frames (calls, returns, yields, unwinding through the
//! exception table) and `run_inner` dispatches instructions, each case a few lines.

use crate::bytecode::*;
use crate::call::Outcome;
use crate::exc::{exc_data, TbEntry};
use crate::frame::{Frame, FrameKind};
use crate::func::{Exc, PyResult};
use crate::int::small_binop;
use crate::object::ObjData;
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;

/// What `call_native_fast` did with a call.
enum NativeCall {
    /// The result is on the caller's stack.
    Done,
    /// Run this frame.
    Frame(Box<Frame>),
    /// Take the general path.
    Slow,
}

pub enum Flow {
    Call(Box<Frame>),
    Return(Value),
    Yield(Value),
}

impl Vm {
    /// Runs `frame` (and everything it calls) until it returns or yields to native code.
    pub fn execute(&mut self, mut frame: Box<Frame>) -> PyResult {
        self.depth += 1;
        let mut pending: Option<Exc> = self.pending_throw.take();
        loop {
            let step = match pending.take() {
                Some(e) => Err(e),
                None => self.run_inner(&mut frame),
            };
            match step {
                Ok(Flow::Call(new)) => {
                    if self.depth >= self.recursion_limit() {
                        self.abandon_frame(new);
                        pending = Some(self.recursion_error());
                        continue;
                    }
                    // Calls are eval-breaker points too, so recursion without loops
                    // still hands the lock over and sees signals.
                    if self.interp.breaker.is_set() {
                        if let Err(e) = self.eval_breaker() {
                            self.abandon_frame(new);
                            pending = Some(e);
                            continue;
                        }
                    }
                    self.depth += 1;
                    self.frames.push(std::mem::replace(&mut frame, new));
                }
                Ok(Flow::Return(v)) => {
                    self.depth -= 1;
                    if frame.gen.is_some() {
                        self.finish_gen(&mut frame);
                    }
                    if frame.boundary {
                        self.yielded = false;
                        self.free_frame(frame);
                        return Ok(v);
                    }
                    let callee = self.pop_caller(&mut frame);
                    let kind = callee.kind.clone();
                    self.free_frame(callee);
                    if let Err(e) = self.deliver_return(&mut frame, kind, v) {
                        pending = Some(e);
                    }
                }
                Ok(Flow::Yield(v)) => {
                    self.depth -= 1;
                    let boundary = frame.boundary;
                    if boundary {
                        self.suspend_gen(frame);
                        self.yielded = true;
                        return Ok(v);
                    }
                    let callee = self.pop_caller(&mut frame);
                    self.yield_to(callee, &mut frame, v);
                }
                Err(e) => match self.unwind(&mut frame, e) {
                    Ok(()) => {}
                    Err(e) => {
                        if frame.boundary {
                            return Err(e);
                        }
                        let dead = self.pop_caller(&mut frame);
                        self.free_frame(dead);
                        pending = Some(e);
                        self.propagating = true;
                    }
                },
            }
        }
    }

    /// Replaces the running frame by its caller; returns the finished one.
    fn pop_caller(&mut self, frame: &mut Box<Frame>) -> Box<Frame> {
        let caller = self
            .frames
            .pop()
            .unwrap_or_else(|| unreachable!("no caller frame"));
        std::mem::replace(frame, caller)
    }

    fn abandon_frame(&mut self, f: Box<Frame>) {
        if let Some(g) = &f.gen {
            if let Some(ObjData::Generator(gen)) = Some(&g.data) {
                gen.set_state(crate::generator::GEN_DONE);
            }
        }
        self.free_frame(f);
    }

    /// Completes a call in the caller according to how the callee was entered.
    fn deliver_return(&mut self, caller: &mut Frame, kind: FrameKind, v: Value) -> PyResult<()> {
        match kind {
            FrameKind::Normal => caller.push(v),
            FrameKind::Init(obj) => {
                if !v.is_none() {
                    return Err(crate::exc::type_error(format!(
                        "__init__() should return None, not '{}'",
                        crate::types::type_name(v.class())
                    )));
                }
                caller.push(obj);
            }
            FrameKind::GenFor(target) => {
                caller.pop();
                caller.pc = target as usize;
            }
            FrameKind::GenSend(target) => {
                caller.pop();
                caller.push(v);
                caller.pc = target as usize;
            }
            FrameKind::GenCall => return Err(crate::exc::stop_iteration(v)),
        }
        Ok(())
    }

    /// Records the traceback entry, applies chaining, and jumps to a handler in `frame`
    /// if its exception table covers the failing instruction; `Err` if the frame is done.
    fn unwind(&mut self, frame: &mut Frame, e: Exc) -> Result<(), Exc> {
        let reraise = std::mem::replace(&mut self.reraise, false);
        let propagating = std::mem::replace(&mut self.propagating, false);
        let pc = frame.pc.saturating_sub(1) as u32;
        if !reraise && !propagating {
            self.chain_context(&e);
        }
        if !reraise {
            crate::exc::push_tb(
                &e,
                TbEntry {
                    code: frame.code,
                    pc,
                },
            );
        }
        if let Some(h) = frame.code.handler_for(pc).copied() {
            frame.truncate_stack(h.depth as usize);
            frame.push(Value::Obj(e));
            frame.pc = h.target as usize;
            return Ok(());
        }
        self.depth -= 1;
        let mut e = e;
        if frame.gen.is_some() {
            e = self.gen_exception_exit(frame, e);
        }
        Err(e)
    }

    fn chain_context(&mut self, e: &Exc) {
        if let Value::Obj(h) = &self.handled {
            if !h.is(e) && exc_data(h).is_some() {
                // Break a cycle the new context would create, as CPython does.
                let mut cur = Some(Value::Obj(h.clone()));
                let mut steps = 0;
                while let Some(Value::Obj(c)) = cur {
                    if c.is(e) || steps > 100 {
                        return;
                    }
                    cur = crate::exc::context_of(&c);
                    steps += 1;
                }
                crate::exc::set_context(e, self.handled.clone());
            }
        }
    }

    /// One frame's instructions until it calls, returns, yields or raises.
    pub fn run_inner(&mut self, fb: &mut Box<Frame>) -> PyResult<Flow> {
        let mut code = fb.code;
        let mut instrs = &code.instrs[..];
        // The running frame, re-derived from `fb` after every switch: reading it through
        // `fb` cost two dependent loads per instruction.
        let mut fp: *mut Frame = &mut **fb;
        let breaker = self.interp.breaker;
        // Switches this loop to a callee or resumed frame; past the recursion limit the
        // frame goes to `execute`, which raises RecursionError.
        macro_rules! enter_frame {
            ($vm:ident, $fr:expr) => {{
                let fr = $fr;
                if $vm.depth >= $vm.recursion_limit() {
                    return Ok(Flow::Call(fr));
                }
                $vm.depth += 1;
                $vm.frames.push(std::mem::replace(fb, fr));
                fp = &mut **fb;
                code = fb.code;
                instrs = &code.instrs[..];
            }};
        }
        loop {
            // Frame switches below go through `fb` once `f` is no longer used, then
            // re-derive `fp`.
            // SAFETY: `fp` points into the box `fb` holds (boxes do not move their
            // contents), and `fb` is not used while `f` is alive.
            let f: &mut Frame = unsafe { &mut *fp };
            let ins = instrs[f.pc];
            f.pc += 1;
            match ins {
                Instr::Nop => {}
                Instr::LoadConst(i) => f.push(code.consts[i as usize].clone()),
                Instr::LoadFast(i) => {
                    let v = f.regs[i as usize].clone();
                    if let Value::Unbound = v {
                        return Err(self.unbound_local(code, i));
                    }
                    f.push(v);
                }
                Instr::LoadFastConst(i, c) => {
                    let v = f.regs[i as usize].clone();
                    if let Value::Unbound = v {
                        return Err(self.unbound_local(code, i));
                    }
                    f.push(v);
                    f.push(code.consts[c as usize].clone());
                    f.pc += 1;
                }
                Instr::LoadFastFast(i, j) => {
                    let v = f.regs[i as usize].clone();
                    if let Value::Unbound = v {
                        return Err(self.unbound_local(code, i));
                    }
                    f.push(v);
                    // Past the second load, as if it had run on its own.
                    f.pc += 1;
                    let w = f.regs[j as usize].clone();
                    if let Value::Unbound = w {
                        return Err(self.unbound_local(code, j));
                    }
                    f.push(w);
                }
                // The subscript superinstructions read the container (and a local key)
                // in place, uncounted: the local keeps it alive, and nothing on the fast
                // path runs Python code. `pc` moves past the fused `LoadSubscr` /
                // `StoreSubscr` first, so an error points at it.
                Instr::SubscrFastConst(a, c) => {
                    f.pc += 2;
                    let k = &code.consts[c as usize];
                    if let (Value::Obj(o), Value::Int(i)) = (&f.regs[a as usize], k) {
                        if let Some(v) = crate::subscript::index_fast(o, *i) {
                            f.push(v);
                            continue;
                        }
                    }
                    self.subscr_local(f, a, k.clone())?;
                }
                Instr::SubscrFastFast(a, b) => {
                    f.pc += 2;
                    if let (Value::Obj(o), Value::Int(i)) =
                        (&f.regs[a as usize], &f.regs[b as usize])
                    {
                        if let Some(v) = crate::subscript::index_fast(o, *i) {
                            f.push(v);
                            continue;
                        }
                    }
                    let k = self.local_key(f, a, b)?;
                    self.subscr_local(f, a, k)?;
                }
                Instr::StoreSubscrFastConst(a, c) => {
                    f.pc += 2;
                    let v = f.pop();
                    let k = &code.consts[c as usize];
                    let v = match (&f.regs[a as usize], k) {
                        (Value::Obj(o), Value::Int(i)) => {
                            match crate::subscript::store_index_fast(o, *i, v) {
                                Ok(()) => continue,
                                Err(v) => v,
                            }
                        }
                        _ => v,
                    };
                    self.store_subscr_local(f, a, k.clone(), v)?;
                }
                Instr::StoreSubscrFastFast(a, b) => {
                    f.pc += 2;
                    let v = f.pop();
                    let v = match (&f.regs[a as usize], &f.regs[b as usize]) {
                        (Value::Obj(o), Value::Int(i)) => {
                            match crate::subscript::store_index_fast(o, *i, v) {
                                Ok(()) => continue,
                                Err(v) => v,
                            }
                        }
                        _ => v,
                    };
                    let k = self.local_key(f, a, b)?;
                    self.store_subscr_local(f, a, k, v)?;
                }
                Instr::StoreFast(i) => f.regs[i as usize] = f.pop(),
                Instr::DeleteFast(i) => {
                    if let Value::Unbound =
                        std::mem::replace(&mut f.regs[i as usize], Value::Unbound)
                    {
                        return Err(self.unbound_local(code, i));
                    }
                }
                Instr::LoadDeref(i) => {
                    let v = self.load_deref(f, i)?;
                    f.push(v);
                }
                Instr::StoreDeref(i) => {
                    let v = f.pop();
                    cell_set(f, i, v);
                }
                Instr::DeleteDeref(i) => self.delete_deref(f, i)?,
                Instr::LoadClosure(i) => f.push(f.regs[code.nlocals() + i as usize].clone()),
                Instr::LoadClassDeref(i) => {
                    let v = self.load_class_deref(f, i)?;
                    f.push(v);
                }
                Instr::LoadGlobal(i) => {
                    let v = self.load_global(f, i)?;
                    f.push(v);
                }
                Instr::StoreGlobal(i) => {
                    let v = f.pop();
                    crate::module::module_ns(f.module).set(code.name_str(i), v);
                }
                Instr::DeleteGlobal(i) => self.delete_global(f, i)?,
                Instr::LoadName(i) => {
                    let v = self.load_name(f, i)?;
                    f.push(v);
                }
                Instr::StoreName(i) => {
                    let v = f.pop();
                    self.store_name(f, i, v)?;
                }
                Instr::DeleteName(i) => self.delete_name(f, i)?,
                Instr::LoadAttr(i) => {
                    if let Some(v) = self.instance_attr_cached(f.top(), &code.names[i as usize]) {
                        let len = f.regs.len();
                        f.regs[len - 1] = v;
                        continue;
                    }
                    let obj = f.pop();
                    let v = self.get_attr_interned(&obj, &code.names[i as usize])?;
                    f.push(v);
                }
                Instr::StoreAttr(i) => {
                    let obj = f.pop();
                    let v = f.pop();
                    self.set_attr(&obj, &code.names[i as usize], v)?;
                }
                Instr::DeleteAttr(i) => {
                    let obj = f.pop();
                    self.del_attr(&obj, &code.names[i as usize])?;
                }
                Instr::LoadMethod(i) => {
                    if let Some(m) = self.instance_method_cached(f.top(), &code.names[i as usize]) {
                        let len = f.regs.len();
                        let obj = std::mem::replace(&mut f.regs[len - 1], m);
                        f.push(obj);
                        continue;
                    }
                    let obj = f.pop();
                    let (m, recv) = self.load_method(obj, &code.names[i as usize])?;
                    f.push(m);
                    f.push(recv);
                }
                Instr::LoadSubscr => {
                    let len = f.regs.len();
                    if let (Value::Obj(o), Value::Int(i)) = (&f.regs[len - 2], &f.regs[len - 1]) {
                        if let Some(v) = crate::subscript::index_fast(o, *i) {
                            f.regs.truncate(len - 1);
                            f.regs[len - 2] = v;
                            continue;
                        }
                    }
                    let k = f.pop();
                    let c = f.pop();
                    let v = self.get_item(&c, &k)?;
                    f.push(v);
                }
                Instr::StoreSubscr => {
                    let len = f.regs.len();
                    let (below, top) = f.regs.split_at_mut(len - 2);
                    if let (Value::Obj(o), Value::Int(i)) = (&top[0], &top[1]) {
                        let v = std::mem::replace(&mut below[len - 3], Value::Unbound);
                        match crate::subscript::store_index_fast(o, *i, v) {
                            Ok(()) => {
                                f.regs.truncate(len - 3);
                                continue;
                            }
                            Err(v) => below[len - 3] = v,
                        }
                    }
                    let k = f.pop();
                    let c = f.pop();
                    let v = f.pop();
                    self.set_item(&c, k, v)?;
                }
                Instr::DeleteSubscr => {
                    let k = f.pop();
                    let c = f.pop();
                    self.del_item(&c, &k)?;
                }
                Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                    let len = f.regs.len();
                    if let (Value::Int(x), Value::Int(y)) = (&f.regs[len - 2], &f.regs[len - 1]) {
                        if let Some(r) = int_fast(op, *x, *y) {
                            f.regs[len - 2] = Value::Int(r);
                            f.regs.truncate(len - 1);
                            continue;
                        }
                    }
                    let floats = match (&f.regs[len - 2], &f.regs[len - 1]) {
                        (Value::Float(x), Value::Float(y)) => Some((*x, *y)),
                        (Value::Float(x), Value::Int(y)) => Some((*x, *y as f64)),
                        (Value::Int(x), Value::Float(y)) => Some((*x as f64, *y)),
                        _ => None,
                    };
                    if let Some((x, y)) = floats {
                        if let Some(r) = float_fast(op, x, y) {
                            f.regs[len - 2] = Value::Float(r);
                            f.regs.truncate(len - 1);
                            continue;
                        }
                    }
                    let b = f.pop();
                    let a = f.pop();
                    let r = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => match small_binop(op, *x, *y) {
                            Some(r) => r?,
                            None => self.binary_op(op, &a, &b)?,
                        },
                        _ if matches!(ins, Instr::InplaceOp(_)) => self.inplace_op(op, &a, &b)?,
                        _ => self.binary_op(op, &a, &b)?,
                    };
                    f.push(r);
                }
                Instr::UnaryOp(op) => {
                    let a = f.pop();
                    let r = self.unary_op(op, &a)?;
                    f.push(r);
                }
                Instr::CompareOp(op) => {
                    let len = f.regs.len();
                    if let (Value::Int(x), Value::Int(y)) = (&f.regs[len - 2], &f.regs[len - 1]) {
                        let r = int_cmp(op, *x, *y);
                        f.regs.truncate(len - 1);
                        if let Some(Instr::PopJumpIfFalse(t)) = instrs.get(f.pc) {
                            f.regs.truncate(len - 2);
                            f.pc = if r { f.pc + 1 } else { *t as usize };
                            continue;
                        }
                        f.regs[len - 2] = Value::Bool(r);
                        continue;
                    }
                    if let (Value::Float(x), Value::Float(y)) = (&f.regs[len - 2], &f.regs[len - 1])
                    {
                        let r = float_cmp(op, *x, *y);
                        f.regs.truncate(len - 1);
                        if let Some(Instr::PopJumpIfFalse(t)) = instrs.get(f.pc) {
                            f.regs.truncate(len - 2);
                            f.pc = if r { f.pc + 1 } else { *t as usize };
                            continue;
                        }
                        f.regs[len - 2] = Value::Bool(r);
                        continue;
                    }
                    let b = f.pop();
                    let a = f.pop();
                    let r = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => Value::Bool(int_cmp(op, *x, *y)),
                        _ => self.compare(op, &a, &b)?,
                    };
                    f.push(r);
                }
                Instr::IsOp(neg) => {
                    let b = f.pop();
                    let a = f.pop();
                    f.push(Value::Bool(a.is(&b) != neg));
                }
                Instr::ContainsOp(neg) => {
                    let c = f.pop();
                    let item = f.pop();
                    let r = self.contains(&c, &item)?;
                    f.push(Value::Bool(r != neg));
                }
                Instr::Jump(t) => {
                    if (t as usize) < f.pc && breaker.is_set() {
                        self.eval_breaker()?;
                    }
                    f.pc = t as usize;
                }
                Instr::PopJumpIfFalse(t) => {
                    let v = f.pop();
                    if !self.truthy_fast(&v)? {
                        f.pc = t as usize;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = f.pop();
                    if self.truthy_fast(&v)? {
                        f.pc = t as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    if !self.truthy_fast(f.top())? {
                        f.pc = t as usize;
                    } else {
                        f.pop();
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    if self.truthy_fast(f.top())? {
                        f.pc = t as usize;
                    } else {
                        f.pop();
                    }
                }
                Instr::GetIter => {
                    let v = f.pop();
                    let it = self.get_iter(&v)?;
                    f.push(it);
                }
                Instr::ForIter(t) | Instr::ForIterStore(t, _) => {
                    if let Some(next) = crate::iterops::seq_iter_next(f.top()) {
                        match next {
                            Some(v) => {
                                if let Instr::ForIterStore(_, i) = ins {
                                    f.regs[i as usize] = v;
                                    f.pc += 1;
                                } else {
                                    f.push(v);
                                }
                            }
                            None => {
                                f.pop();
                                f.pc = t as usize;
                            }
                        }
                        continue;
                    }
                    if crate::gen_ops::gen_of(f.top()).is_some() {
                        // A generator: switch to its frame here, no Rust call per item.
                        match self.resume_top(f, Value::None, FrameKind::GenFor(t))? {
                            Some(fr) => enter_frame!(self, fr),
                            None => {
                                f.pop();
                                f.pc = t as usize;
                            }
                        }
                        continue;
                    }
                    match self.for_iter(f, t)? {
                        Some(Flow::Call(fr)) => enter_frame!(self, fr),
                        Some(flow) => return Ok(flow),
                        None => {}
                    }
                }
                Instr::Pop => {
                    f.pop();
                }
                Instr::Copy(n) => {
                    let v = f.peek(n as usize - 1).clone();
                    f.push(v);
                }
                Instr::Swap(n) => {
                    let len = f.regs.len();
                    f.regs.swap(len - 1, len - n as usize);
                }
                Instr::BuildTuple(n) => {
                    let items = f.pop_n(n as usize);
                    f.push(crate::tuple::new_tuple(items));
                }
                Instr::BuildList(n) => {
                    let items = f.pop_n(n as usize);
                    f.push(crate::list::new_list(items));
                }
                Instr::BuildSet(n) => {
                    let items = f.pop_n(n as usize);
                    let s = self.new_set(items)?;
                    f.push(s);
                }
                Instr::BuildMap(n) => {
                    let items = f.pop_n(2 * n as usize);
                    let d = self.dict_from_pairs(items)?;
                    f.push(d);
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { f.pop() } else { Value::None };
                    let stop = f.pop();
                    let start = f.pop();
                    f.push(crate::object::alloc(
                        types().slice,
                        ObjData::Slice(Box::new([start, stop, step])),
                    ));
                }
                Instr::BuildString(n) => {
                    let parts = f.pop_n(n as usize);
                    f.push(concat_strs(&parts));
                }
                Instr::ListAppend(n) => {
                    let v = f.pop();
                    crate::list::list_append(f.peek(n as usize - 1), v);
                }
                Instr::SetAdd(n) => {
                    let v = f.pop();
                    let s = f.peek(n as usize - 1).clone();
                    self.set_add(&s, v)?;
                }
                Instr::MapAdd(n) => {
                    let v = f.pop();
                    let k = f.pop();
                    self.dict_set(f.peek(n as usize - 1), k, v)?;
                }
                Instr::ListExtend(n) => {
                    let it = f.pop();
                    let l = f.peek(n as usize - 1).clone();
                    self.list_extend(&l, &it)?;
                }
                Instr::SetUpdate(n) => {
                    let it = f.pop();
                    let s = f.peek(n as usize - 1).clone();
                    self.set_update(&s, &it)?;
                }
                Instr::DictUpdate(n) => {
                    let m = f.pop();
                    let d = f.peek(n as usize - 1).clone();
                    self.dict_update(&d, &m)?;
                }
                Instr::DictMerge(n) => {
                    let m = f.pop();
                    let d = f.peek(n as usize - 1).clone();
                    let fname = f.peek(n as usize + 1).clone();
                    self.dict_merge(&d, &m, &fname)?;
                }
                Instr::ListToTuple => {
                    let l = f.pop();
                    f.push(crate::list::list_to_tuple(&l));
                }
                Instr::FormatValue(flags) => {
                    let spec = if flags & FV_HAS_SPEC != 0 {
                        Some(f.pop())
                    } else {
                        None
                    };
                    let v = f.pop();
                    let s = self.format_value(v, flags & 3, spec)?;
                    f.push(s);
                }
                Instr::UnpackSequence(n) => {
                    let seq = f.pop();
                    self.unpack_sequence(f, seq, n as usize)?;
                }
                Instr::UnpackEx(n) => {
                    let seq = f.pop();
                    self.unpack_ex(f, seq, (n & 0xffff) as usize, (n >> 16) as usize)?;
                }
                Instr::MakeFunction(flags) => {
                    let func = self.make_function(f, flags)?;
                    f.push(func);
                }
                Instr::Call(n) | Instr::CallMethod(n) => {
                    let method = matches!(ins, Instr::CallMethod(_));
                    let fr = match self.fast_call(f, n as usize, method) {
                        Some(fr) => fr,
                        None => match self.call_native_fast(f, n as usize, method)? {
                            NativeCall::Done => continue,
                            NativeCall::Frame(fr) => fr,
                            NativeCall::Slow => {
                                if let Some(flow) =
                                    self.call_from_stack(f, n as usize, method, None)?
                                {
                                    return Ok(flow);
                                }
                                continue;
                            }
                        },
                    };
                    enter_frame!(self, fr);
                }
                Instr::CallKw(n, names) => {
                    if let Some(fr) = self.fast_call_kw(f, n as usize, false, names) {
                        enter_frame!(self, fr);
                        continue;
                    }
                    if let Some(flow) = self.call_from_stack(f, n as usize, false, Some(names))? {
                        return Ok(flow);
                    }
                }
                Instr::CallMethodKw(n, names) => {
                    if let Some(fr) = self.fast_call_kw(f, n as usize, true, names) {
                        enter_frame!(self, fr);
                        continue;
                    }
                    if let Some(flow) = self.call_from_stack(f, n as usize, true, Some(names))? {
                        return Ok(flow);
                    }
                }
                Instr::CallEx(has_kw) => {
                    if let Some(flow) = self.call_ex(f, has_kw)? {
                        return Ok(flow);
                    }
                }
                Instr::Return => {
                    // Returns between plain frames of this loop (and `__init__` frames
                    // returning None) stay here; the rest (generators, native
                    // boundaries) go through `execute`.
                    let mut v = f.pop();
                    if f.boundary || f.gen.is_some() || self.frames.is_empty() {
                        return Ok(Flow::Return(v));
                    }
                    if let FrameKind::Normal = f.kind {
                    } else if let FrameKind::Init(obj) = &f.kind {
                        if !v.is_none() {
                            return Ok(Flow::Return(v));
                        }
                        v = obj.clone();
                    } else {
                        return Ok(Flow::Return(v));
                    }
                    let caller = self
                        .frames
                        .pop()
                        .unwrap_or_else(|| unreachable!("checked above"));
                    self.depth -= 1;
                    let done = std::mem::replace(fb, caller);
                    self.free_frame(done);
                    fb.push(v);
                    fp = &mut **fb;
                    code = fb.code;
                    instrs = &code.instrs[..];
                }
                Instr::YieldValue => {
                    if f.boundary {
                        return Ok(Flow::Yield(f.pop()));
                    }
                    let Some(caller) = self.frames.pop() else {
                        return Ok(Flow::Yield(f.pop()));
                    };
                    let v = f.pop();
                    self.depth -= 1;
                    let gen_frame = std::mem::replace(fb, caller);
                    self.yield_to(gen_frame, fb, v);
                    fp = &mut **fb;
                    code = fb.code;
                    instrs = &code.instrs[..];
                }
                Instr::GetYieldFromIter => {
                    let v = f.pop();
                    let it = self.get_yield_from_iter(v)?;
                    f.push(it);
                }
                Instr::GetAwaitable => {
                    let v = f.pop();
                    let it = self.get_awaitable(v)?;
                    f.push(it);
                }
                Instr::Send(t) => match self.send(f, t)? {
                    Some(Flow::Call(fr)) => enter_frame!(self, fr),
                    Some(flow) => return Ok(flow),
                    None => {}
                },
                Instr::Raise(kind) => return Err(self.do_raise(f, kind)?),
                Instr::Reraise => {
                    let e = f.pop();
                    return Err(self.reraise_value(e));
                }
                Instr::PushExcInfo => {
                    let e = f.pop();
                    let prev = std::mem::replace(&mut self.handled, e.clone());
                    f.push(prev);
                    f.push(e);
                }
                Instr::PopExcept => self.handled = f.pop(),
                Instr::PopExceptReraise => {
                    let e = f.pop();
                    self.handled = f.pop();
                    return Err(self.reraise_value(e));
                }
                Instr::CheckEgMatch => {
                    let t = f.pop();
                    let exc = f.pop();
                    let here = TbEntry {
                        code: f.code,
                        pc: f.pc.saturating_sub(1) as u32,
                    };
                    match crate::exc_group::except_star_match(self, &exc, &t, here)? {
                        Some((rest, m)) => {
                            self.handled = m.clone();
                            f.push(rest);
                            f.push(m);
                            f.push(Value::Bool(true));
                        }
                        None => {
                            f.push(exc);
                            f.push(Value::None);
                            f.push(Value::Bool(false));
                        }
                    }
                }
                Instr::PrepReraiseStar => {
                    let raised = f.pop();
                    let orig = f.pop();
                    let r = crate::exc_group::prep_reraise_star(self, &orig, &raised)?;
                    let again = !r.is_none();
                    f.push(r);
                    f.push(Value::Bool(again));
                }
                Instr::CheckExcMatch => {
                    let t = f.pop();
                    let m = self.exc_matches(f.top(), &t)?;
                    f.push(Value::Bool(m));
                }
                Instr::BeforeWith => {
                    let mgr = f.pop();
                    let (exit, entered) = self.before_with(mgr)?;
                    f.push(exit);
                    f.push(entered);
                }
                Instr::BeforeAsyncWith => {
                    let mgr = f.pop();
                    let (exit, aw) = self.before_async_with(mgr)?;
                    f.push(exit);
                    f.push(aw);
                }
                Instr::WithExceptStart => {
                    let exit = f.peek(2).clone();
                    let e = f.peek(0).clone();
                    let r = self.call(&exit, vec![Value::type_value(e.class()), e, Value::None])?;
                    f.push(r);
                }
                Instr::LoadBuildClass => f.push(
                    self.builtins_ns()
                        .get("__build_class__")
                        .unwrap_or(Value::None),
                ),
                Instr::ImportName(i) => {
                    let fromlist = f.pop();
                    let level = f.pop();
                    let m = self.import_name(code.name_str(i), &level, &fromlist, f.module)?;
                    f.push(m);
                }
                Instr::ImportFrom(i) => {
                    let v = self.import_from(f.top(), code.name_str(i))?;
                    f.push(v);
                }
                Instr::ImportStar => {
                    let m = f.pop();
                    self.import_star(&m, f.module)?;
                }
                Instr::LoadAssertionError => f.push(Value::type_value(types().assertion_error)),
                Instr::GetAIter => {
                    let v = f.pop();
                    let it = self.get_aiter(v)?;
                    f.push(it);
                }
                Instr::GetANext => {
                    let aw = self.get_anext(f.top())?;
                    f.push(aw);
                }
                Instr::EndAsyncFor => {
                    let e = f.pop();
                    if !self.is_stop_async_iteration(&e) {
                        return Err(self.reraise_value(e));
                    }
                    f.pop();
                }
                Instr::PrintExpr => {
                    let v = f.pop();
                    self.print_expr(v)?;
                }
                Instr::SetupAnnotations => self.setup_annotations(f)?,
                Instr::AsyncGenWrap => {
                    let v = f.pop();
                    f.push(crate::object::alloc(
                        types().async_gen_value,
                        ObjData::AsyncGenValue(v),
                    ));
                }
            }
        }
    }

    /// `obj.name` for an instance whose class (along its MRO) does not define `name`
    /// and whose dictionary does: the common attribute read. None: take the full path.
    #[inline]
    fn instance_attr_cached(&mut self, obj: &Value, name: &crate::objref::ObjRef) -> Option<Value> {
        let Value::Obj(o) = obj else { return None };
        let ObjData::Instance(_) = &o.data else {
            return None;
        };
        let cls = o.cls();
        if crate::types::tobj(cls).special() & crate::attr::HAS_GETATTRIBUTE != 0
            || self.attr_cache.class_slot(cls, name).is_some()
        {
            return None;
        }
        crate::attr::instance_dict_get(obj, name)
    }

    /// `LoadMethod` of a Python function defined by an instance's class and not
    /// shadowed by its dictionary: the function, to call with the instance first.
    #[inline]
    fn instance_method_cached(
        &mut self,
        obj: &Value,
        name: &crate::objref::ObjRef,
    ) -> Option<Value> {
        let Value::Obj(o) = obj else { return None };
        let cls = o.cls();
        match &o.data {
            ObjData::Instance(_) => {}
            ObjData::Type(_) | ObjData::Module(_) | ObjData::Super(..) | ObjData::Exception(_) => {
                return None
            }
            _ => {
                // A built-in object: its methods are unbound builtins of its class.
                let m = self.attr_cache.class_slot(cls, name)?.get();
                return match m.data() {
                    Some(ObjData::Builtin(b)) if b.owner.is_some() && b.bound.is_none() => Some(m),
                    _ => None,
                };
            }
        }
        if crate::types::tobj(cls).special() & crate::attr::HAS_GETATTRIBUTE != 0 {
            return None;
        }
        let m = self.attr_cache.class_slot(cls, name)?.get();
        if !matches!(m.data(), Some(ObjData::Function(_)))
            || crate::attr::instance_dict_get(obj, name).is_some()
        {
            return None;
        }
        Some(m)
    }

    fn reraise_value(&mut self, e: Value) -> Exc {
        self.reraise = true;
        match e {
            Value::Obj(o) => o,
            _ => crate::exc::runtime_error("re-raised a non-exception"),
        }
    }

    /// Polls the runtime's requests (lock hand-off, signals) at a safe point.
    pub fn eval_breaker(&mut self) -> PyResult<()> {
        self.handle_breaker()
    }

    /// Calls the callable below `n` arguments (and a receiver slot for method calls).
    fn call_from_stack(
        &mut self,
        f: &mut Frame,
        n: usize,
        method: bool,
        names: Option<u32>,
    ) -> PyResult<Option<Flow>> {
        let kwnames: &[Value] = match names {
            Some(i) => match f.code.consts[i as usize].data() {
                Some(ObjData::Tuple(t)) => t,
                _ => &[],
            },
            None => &[],
        };
        let nkw = kwnames.len();
        // A method call takes its receiver slot with the arguments: inserting it in
        // front afterwards reallocated the vector on every call.
        let mut args = f.pop_n(n + method as usize);
        if method && matches!(args.first(), Some(Value::Unbound)) {
            args.remove(0);
        }
        let callee = f.pop();
        let kw: Vec<(crate::objref::ObjRef, Value)> = if nkw > 0 {
            let vals = args.split_off(args.len() - nkw);
            kwnames
                .iter()
                .filter_map(|k| k.obj().cloned())
                .zip(vals)
                .collect()
        } else {
            Vec::new()
        };
        if let Some(flow) = self.fast_gen_call(f, &callee, &args)? {
            return Ok(Some(flow));
        }
        self.cur_module = f.module;
        if args.is_empty()
            && callee
                .obj()
                .is_some_and(|o| std::ptr::eq(o.as_ptr(), types().super_))
        {
            let (cls, first) = self.super_args_from(f)?;
            args = vec![cls, first];
        }
        let saved = std::mem::replace(&mut self.caller_frame, &*f as *const Frame as usize);
        let r = self.call_setup(callee, args, &kw);
        self.caller_frame = saved;
        match r? {
            Outcome::Value(v) => {
                f.push(v);
                Ok(None)
            }
            Outcome::Frame(fr) => Ok(Some(Flow::Call(fr))),
        }
    }

    /// Positional calls of builtins, of generators' `send`/`__next__`/`next()` and of
    /// plain classes, straight from the caller's stack (no argument vector).
    #[inline]
    fn call_native_fast(&mut self, f: &mut Frame, n: usize, method: bool) -> PyResult<NativeCall> {
        let len = f.regs.len();
        let callee_idx = len - n - 1 - method as usize;
        let addr = match &f.regs[callee_idx] {
            Value::Obj(o) => o.as_ptr() as usize,
            _ => return Ok(NativeCall::Slow),
        };
        let hot = self.hot;
        if addr == hot.list_append || addr == hot.len || addr == hot.isinstance {
            let start = if method && !matches!(f.regs[len - n - 1], Value::Unbound) {
                len - n - 1
            } else {
                len - n
            };
            if let Some(r) = hot_builtin(f, &hot, addr, start) {
                f.regs.truncate(callee_idx);
                f.push(r);
                return Ok(NativeCall::Done);
            }
        }
        let Value::Obj(o) = &f.regs[callee_idx] else {
            return Ok(NativeCall::Slow);
        };
        let b = match &o.data {
            ObjData::Builtin(b) => b,
            ObjData::Type(_) => {
                // `str(i)`, `int(s)`, `float(i)`: answered from the stack, no argument vector.
                if n == 1 && (!method || matches!(f.regs[len - 2], Value::Unbound)) {
                    if let Some(t) = o.as_static() {
                        if let Some(r) = crate::ctor_fast::builtin_ctor(t, &f.regs[len - 1..]) {
                            let v = r?;
                            f.regs.truncate(callee_idx);
                            f.push(v);
                            return Ok(NativeCall::Done);
                        }
                    }
                }
                return Ok(match self.fast_init_call(f, n, method) {
                    Some(fr) => NativeCall::Frame(fr),
                    None => NativeCall::Slow,
                });
            }
            _ => return Ok(NativeCall::Slow),
        };
        if b.bound.is_some() {
            return Ok(NativeCall::Slow);
        }
        let start = if method && !matches!(f.regs[len - n - 1], Value::Unbound) {
            len - n - 1
        } else {
            len - n
        };
        let nargs = len - start;
        let gen_step = match (b.owner, b.name, nargs) {
            (Some("generator"), "send", 2) => Some(f.regs[start + 1].clone()),
            (Some("generator"), "__next__", 1) | (None, "next", 1) => Some(Value::None),
            (Some("generator"), _, _) => return Ok(NativeCall::Slow),
            (None, "next", _) => return Ok(NativeCall::Slow),
            _ => None,
        };
        if let Some(sent) = gen_step {
            // `next(gen)` / `gen.send(v)` from bytecode: a frame switch, no recursion.
            if !matches!(&f.regs[start], Value::Obj(g) if matches!(&g.data, ObjData::Generator(x) if x.kind == crate::generator::GenKind::Generator))
            {
                return Ok(NativeCall::Slow);
            }
            // The stack's reference moves into the frame (dropped when it yields).
            let Value::Obj(g) = std::mem::replace(&mut f.regs[start], Value::Unbound) else {
                unreachable!("checked above")
            };
            let fr = self.resume_gen(g, sent, FrameKind::GenCall, false)?;
            f.regs.truncate(callee_idx);
            return match fr {
                Some(fr) => Ok(NativeCall::Frame(fr)),
                None => Err(crate::exc::stop_iteration(Value::None)),
            };
        }
        self.cur_module = f.module;
        let saved = std::mem::replace(&mut self.caller_frame, &*f as *const Frame as usize);
        let r = (b.f)(self, &f.regs[start..], &[]);
        self.caller_frame = saved;
        f.regs.truncate(callee_idx);
        f.push(r?);
        Ok(NativeCall::Done)
    }

    fn call_ex(&mut self, f: &mut Frame, has_kw: bool) -> PyResult<Option<Flow>> {
        let kwargs = if has_kw { f.pop() } else { Value::None };
        let args = f.pop();
        let callee = f.pop();
        let args = match args.data() {
            Some(ObjData::Tuple(t)) => t.to_vec(),
            _ => self.collect(&args)?,
        };
        // A lone `**m` arrives as compiled, not merged into a fresh dict: a mapping that
        // is not a dict is copied here, with DictMerge's checks and messages.
        let kwargs = if has_kw && !matches!(kwargs.data(), Some(ObjData::Dict(_))) {
            let d = crate::dict_ops::new_dict();
            self.dict_merge(&d, &kwargs, &callee)?;
            d
        } else {
            kwargs
        };
        let mut kw = Vec::new();
        if let Some(ObjData::Dict(d)) = kwargs.data() {
            for (k, v) in d.lock().items() {
                match k.obj() {
                    Some(o) if matches!(o.data, ObjData::Str(_)) => kw.push((o.clone(), v)),
                    _ => return Err(crate::exc::type_error("keywords must be strings")),
                }
            }
        }
        let saved = std::mem::replace(&mut self.caller_frame, &*f as *const Frame as usize);
        let r = self.call_setup(callee, args, &kw);
        self.caller_frame = saved;
        match r? {
            Outcome::Value(v) => {
                f.push(v);
                Ok(None)
            }
            Outcome::Frame(fr) => Ok(Some(Flow::Call(fr))),
        }
    }

    fn unbound_local(&self, code: &crate::code::Code, i: u32) -> Exc {
        crate::exc::new_exc_msg(
            types().unbound_local_error,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                code.varnames[i as usize]
            ),
        )
    }

    /// `local[k]` off the fast path (not an exact list or tuple, a key that is not an
    /// in-range int, or an unbound local).
    #[inline(never)]
    fn subscr_local(&mut self, f: &mut Frame, a: u32, k: Value) -> PyResult<()> {
        let c = self.local_container(f, a)?;
        let v = self.get_item(&c, &k)?;
        f.push(v);
        Ok(())
    }

    /// `local[k] = v` off the fast path.
    #[inline(never)]
    fn store_subscr_local(&mut self, f: &mut Frame, a: u32, k: Value, v: Value) -> PyResult<()> {
        let c = self.local_container(f, a)?;
        self.set_item(&c, k, v)
    }

    /// The container local of a subscript superinstruction (whose `pc` is past its
    /// last part): unbound is reported at the fused `LoadFast`, as if it ran alone.
    fn local_container(&mut self, f: &mut Frame, a: u32) -> PyResult<Value> {
        match &f.regs[a as usize] {
            Value::Unbound => {
                f.pc -= 2;
                Err(self.unbound_local(f.code, a))
            }
            v => Ok(v.clone()),
        }
    }

    /// The key local of a `*FastFast` subscript superinstruction; unbound is reported
    /// at its `LoadFast` (after the container's, which is checked first).
    fn local_key(&mut self, f: &mut Frame, a: u32, b: u32) -> PyResult<Value> {
        self.local_container(f, a)?;
        match &f.regs[b as usize] {
            Value::Unbound => {
                f.pc -= 1;
                Err(self.unbound_local(f.code, b))
            }
            v => Ok(v.clone()),
        }
    }

    #[inline]
    fn truthy_fast(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(*b),
            Value::Int(i) => Ok(*i != 0),
            Value::None => Ok(false),
            _ => self.truthy(v),
        }
    }
}

/// `len(x)` of an exact list, tuple, str or dict, `list.append(l, v)` (the item moves
/// off the stack, uncounted) and `isinstance(x, cls)` that is true by the MRO, answered
/// in the loop; None: call the builtin (which also raises the errors).
#[inline]
fn hot_builtin(
    f: &mut Frame,
    hot: &crate::vm::HotBuiltins,
    addr: usize,
    start: usize,
) -> Option<Value> {
    let nargs = f.regs.len() - start;
    if addr == hot.list_append {
        if nargs != 2 || !matches!(f.regs[start].data(), Some(ObjData::List(_))) {
            return None;
        }
        let v = f.pop();
        crate::list::list_append(&f.regs[start], v);
        return Some(Value::None);
    }
    if addr == hot.isinstance {
        if nargs != 2 {
            return None;
        }
        let cls = f.regs[start + 1].obj()?.as_static()?;
        cls.type_obj()?;
        // A metaclass other than `type` may have an `__instancecheck__` that decides
        // (even against the MRO); an exact type match never asks it. False may still
        // become true through such a hook: the builtin answers those.
        let x = f.regs[start].class();
        let plain_meta = std::ptr::eq(f.regs[start + 1].class(), types().type_);
        let yes = std::ptr::eq(x, cls) || (plain_meta && crate::types::is_subtype(x, cls));
        return yes.then_some(Value::Bool(true));
    }
    if nargs != 1 {
        return None;
    }
    let Value::Obj(o) = &f.regs[start] else {
        return None;
    };
    let t = types();
    let cls = o.cls();
    let n = match &o.data {
        ObjData::List(l) if std::ptr::eq(cls, t.list) => l.lock().len(),
        ObjData::Tuple(items) if std::ptr::eq(cls, t.tuple) => items.len(),
        ObjData::Str(s) if std::ptr::eq(cls, t.str) => s.char_len(),
        ObjData::Dict(d) if std::ptr::eq(cls, t.dict) => d.lock().len(),
        _ => return None,
    };
    Some(Value::Int(n as i64))
}

/// Int arithmetic that cannot raise: the in-place fast path of `BinaryOp`.
#[inline]
fn int_fast(op: BinOp, a: i64, b: i64) -> Option<i64> {
    match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::Mod if b > 0 && a >= 0 => Some(a % b),
        BinOp::FloorDiv if b > 0 && a >= 0 => Some(a / b),
        BinOp::And => Some(a & b),
        BinOp::Or => Some(a | b),
        BinOp::Xor => Some(a ^ b),
        _ => None,
    }
}

/// Float arithmetic that cannot raise (ints mixed in are converted first, as CPython).
#[inline]
fn float_fast(op: BinOp, a: f64, b: f64) -> Option<f64> {
    match op {
        BinOp::Add => Some(a + b),
        BinOp::Sub => Some(a - b),
        BinOp::Mul => Some(a * b),
        BinOp::TrueDiv if b != 0.0 => Some(a / b),
        BinOp::Pow if a > 0.0 && a.is_finite() && b.is_finite() => {
            Some(a.powf(b)).filter(|r| r.is_finite())
        }
        _ => None,
    }
}

#[inline]
fn float_cmp(op: CmpOp, a: f64, b: f64) -> bool {
    match op {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
    }
}

#[inline]
fn int_cmp(op: CmpOp, a: i64, b: i64) -> bool {
    match op {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
    }
}

fn cell_set(f: &mut Frame, i: u32, v: Value) {
    let idx = f.code.nlocals() + i as usize;
    if let Some(ObjData::Cell(c)) = f.regs[idx].data() {
        let old = std::mem::replace(&mut *c.lock(), v);
        drop(old);
    }
}

fn concat_strs(parts: &[Value]) -> Value {
    let mut s = String::new();
    for p in parts {
        if let Some(t) = p.as_str() {
            s.push_str(t);
        }
    }
    crate::pystr::new_string(s)
}
