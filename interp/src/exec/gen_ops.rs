//! Driving generators and coroutines: resuming their frames from the loop (for, yield
//! from, await, next/send calls — all without recursion) or from native code, suspending
//! them, PEP 479, and the generator methods send/throw/close.

use crate::eval::Flow;
use crate::exc::{exc_data, is_instance_of, new_exc_msg, type_error};
use crate::frame::{Frame, FrameKind};
use crate::func::{Exc, KwArgs, PyResult};
use crate::generator::*;
use crate::object::ObjData;
use crate::objref::ObjRef;
use crate::types::{tobj, types};
use crate::value::Value;
use crate::vm::Vm;

/// Why a generator could not be resumed: running elsewhere, or finished.
#[cold]
fn refused_resume(gen: &Generator, st: u8, throwing: bool) -> PyResult<Option<Box<Frame>>> {
    if st == GEN_RUNNING {
        return Err(crate::exc::value_error(format!(
            "{} already executing",
            gen.type_word()
        )));
    }
    if gen.kind == GenKind::Coroutine && !throwing {
        return Err(crate::exc::runtime_error(
            "cannot reuse already awaited coroutine",
        ));
    }
    Ok(None)
}

/// Claims a generator's suspended frame and gives it the sent value; `None` when the
/// generator is finished. A `yield` statement's `Pop` of a sent value is skipped here
/// rather than dispatched.
#[inline(always)]
fn claim_frame(gen: &Generator, sent: Value, throwing: bool) -> PyResult<Option<Box<Frame>>> {
    let (mut fr, st) = match gen.try_take_frame() {
        Ok(taken) => taken,
        Err(st) => return refused_resume(gen, st, throwing),
    };
    if st == GEN_SUSPENDED {
        if !throwing {
            if let Some(crate::bytecode::Instr::Pop) = fr.code.instrs.get(fr.pc) {
                fr.pc += 1;
                drop(sent);
            } else {
                fr.push(sent);
            }
        }
    } else if !sent.is_none() && !throwing {
        gen.put_frame_back(fr, GEN_CREATED);
        return Err(type_error(format!(
            "can't send non-None value to a just-started {}",
            gen.type_word()
        )));
    }
    Ok(Some(fr))
}

/// What a throw into a delegating generator came to.
enum Delegated {
    /// The sub-iterator handled it: this is the outer generator's step.
    Done(PyResult<GenStep>),
    /// Raise this in the outer generator where it is suspended.
    ThrowHere(Exc),
}

/// The sub-iterator a suspended frame delegates to (`yield from`/`await`: suspended at
/// the `YieldValue` after a `Send`, with the sub-iterator on top of its stack), and
/// where `yield from` ends.
fn delegate_of(fr: &Frame) -> Option<(Value, u32)> {
    let pc = fr.pc;
    if pc < 2 || fr.stack_len() == 0 {
        return None;
    }
    match (fr.code.instrs.get(pc - 2), fr.code.instrs.get(pc - 1)) {
        (Some(crate::bytecode::Instr::Send(exit)), Some(crate::bytecode::Instr::YieldValue)) => {
            Some((fr.top().clone(), *exit))
        }
        _ => None,
    }
}

/// One step of a natively driven generator.
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

pub fn gen_of(v: &Value) -> Option<&Generator> {
    match v.data()? {
        ObjData::Generator(g) => Some(g),
        _ => None,
    }
}

impl Vm {
    /// Takes a generator's frame out to run it; `None` when it is exhausted. `g` is an
    /// owned reference that the frame keeps while it runs (native callers, `next()`).
    #[inline]
    pub fn resume_gen(
        &mut self,
        g: ObjRef,
        sent: Value,
        kind: FrameKind,
        throwing: bool,
    ) -> PyResult<Option<Box<Frame>>> {
        let ObjData::Generator(gen) = &g.data else {
            return Ok(None);
        };
        let Some(mut fr) = claim_frame(gen, sent, throwing)? else {
            return Ok(None);
        };
        self.enter_gen(&mut fr, g, kind);
        Ok(Some(fr))
    }

    /// Resumes the generator on top of `f`'s stack from bytecode (`for`, `yield from`).
    /// Its reference moves from that slot into the running frame and back when the
    /// generator yields (`yield_to`), so a resume changes no reference count; a finished
    /// or raising generator drops it, and the caller pops the emptied slot.
    #[inline(always)]
    pub fn resume_top(
        &mut self,
        f: &mut Frame,
        sent: Value,
        kind: FrameKind,
    ) -> PyResult<Option<Box<Frame>>> {
        let Some(Value::Obj(o)) = f.regs.last() else {
            return Ok(None);
        };
        let ObjData::Generator(gen) = &o.data else {
            return Ok(None);
        };
        let Some(mut fr) = claim_frame(gen, sent, false)? else {
            return Ok(None);
        };
        let len = f.regs.len();
        let Value::Obj(g) = std::mem::replace(&mut f.regs[len - 1], Value::Unbound) else {
            unreachable!("checked above")
        };
        self.enter_gen(&mut fr, g, kind);
        Ok(Some(fr))
    }

    /// Hands a claimed frame its generator reference and the caller's handled exception.
    #[inline(always)]
    fn enter_gen(&mut self, fr: &mut Frame, g: ObjRef, kind: FrameKind) {
        fr.kind = kind;
        fr.boundary = false;
        fr.gen = Some(g);
        // While suspended, `outer_handled` holds the generator's own handled exception;
        // while running, the caller's. Both None (the usual case) needs no swap.
        if !(fr.outer_handled.is_none() && self.handled.is_none()) {
            let saved = std::mem::replace(&mut fr.outer_handled, self.handled.clone());
            if !saved.is_none() {
                self.handled = saved;
            }
        }
    }

    /// A generator frame yields `v` to `caller`, which continues: the frame goes back
    /// into its object, and a reference borrowed from the caller's stack (`for`,
    /// `yield from`) back into that slot.
    #[inline(always)]
    pub fn yield_to(&mut self, gen_frame: Box<Frame>, caller: &mut Frame, v: Value) {
        let borrowed = matches!(gen_frame.kind, FrameKind::GenFor(_) | FrameKind::GenSend(_));
        if let Some(g) = self.suspend_gen_ref(gen_frame) {
            if borrowed {
                if let Some(slot) = caller.regs.last_mut() {
                    *slot = Value::Obj(g);
                }
            }
        }
        caller.push(v);
    }

    /// Puts a yielding generator frame back into its object.
    #[inline]
    pub fn suspend_gen(&mut self, fr: Box<Frame>) {
        drop(self.suspend_gen_ref(fr));
    }

    /// Puts a yielding generator frame back into its object and returns the reference
    /// the frame held.
    #[inline(always)]
    fn suspend_gen_ref(&mut self, mut fr: Box<Frame>) -> Option<ObjRef> {
        let Some(g) = fr.gen.take() else {
            self.free_frame(fr);
            return None;
        };
        if !(fr.outer_handled.is_none() && self.handled.is_none()) {
            let outer = std::mem::replace(&mut fr.outer_handled, Value::None);
            let mine = std::mem::replace(&mut self.handled, outer.clone());
            if !mine.is(&outer) {
                fr.outer_handled = mine;
            }
        }
        if let ObjData::Generator(gen) = &g.data {
            gen.put_frame_back(fr, GEN_SUSPENDED);
        }
        Some(g)
    }

    /// Marks a returning generator frame's object finished.
    pub fn finish_gen(&mut self, fr: &mut Frame) {
        if let Some(g) = fr.gen.take() {
            if let ObjData::Generator(gen) = &g.data {
                gen.set_state(GEN_DONE);
            }
            self.handled = std::mem::replace(&mut fr.outer_handled, Value::None);
        }
    }

    /// An exception leaving a generator frame: finish it, apply PEP 479.
    pub fn gen_exception_exit(&mut self, fr: &mut Frame, e: Exc) -> Exc {
        let kind = match fr.gen.as_ref().map(|g| &g.data) {
            Some(ObjData::Generator(g)) => g.kind,
            _ => GenKind::Generator,
        };
        self.finish_gen(fr);
        let t = types();
        let msg = if is_instance_of(&e, t.stop_iteration) {
            match kind {
                GenKind::Generator => "generator raised StopIteration",
                GenKind::Coroutine => "coroutine raised StopIteration",
                GenKind::AsyncGenerator => "async generator raised StopIteration",
            }
        } else if kind == GenKind::AsyncGenerator && is_instance_of(&e, t.stop_async_iteration) {
            "async generator raised StopAsyncIteration"
        } else {
            return e;
        };
        let new = new_exc_msg(t.runtime_error, msg);
        if let Some(x) = exc_data(&new) {
            let mut st = x.state.lock();
            st.cause = Some(Value::Obj(e.clone()));
            st.context = Some(Value::Obj(e));
            st.suppress_context = true;
        }
        new
    }

    /// Runs a generator one step from native code (`sum(genexpr)`, `list(gen)`): one
    /// nested `execute` per item, entered directly (`resume_gen` + `run_frame` were two
    /// more calls per item).
    pub fn gen_step(&mut self, g: &ObjRef, sent: Value) -> PyResult<GenStep> {
        let ObjData::Generator(gen) = &g.data else {
            return Ok(GenStep::Return(Value::None));
        };
        let Some(mut fr) = claim_frame(gen, sent, false)? else {
            return Ok(GenStep::Return(Value::None));
        };
        self.enter_gen(&mut fr, g.clone(), FrameKind::Normal);
        fr.boundary = true;
        if self.depth >= self.recursion_limit() {
            self.free_frame(fr);
            return Err(self.recursion_error());
        }
        let v = self.execute(fr)?;
        if std::mem::replace(&mut self.yielded, false) {
            Ok(GenStep::Yield(v))
        } else {
            Ok(GenStep::Return(v))
        }
    }

    fn run_gen_frame(&mut self, fr: Box<Frame>) -> PyResult<GenStep> {
        let v = self.run_frame(fr)?;
        if std::mem::replace(&mut self.yielded, false) {
            Ok(GenStep::Yield(v))
        } else {
            Ok(GenStep::Return(v))
        }
    }

    /// `gen.throw(exc)` from native code.
    pub fn gen_throw(&mut self, g: &ObjRef, exc: Exc) -> PyResult<GenStep> {
        let gv = Value::Obj(g.clone());
        let Some(gen) = gen_of(&gv) else {
            return Err(exc);
        };
        if gen.state() == GEN_CREATED {
            gen.discard_frame();
            return Err(exc);
        }
        let exc = match self.throw_into_delegate(g, gen, exc) {
            Delegated::Done(step) => return step,
            Delegated::ThrowHere(e) => e,
        };
        match self.resume_gen(g.clone(), Value::None, FrameKind::Normal, true)? {
            None => Err(exc),
            Some(fr) => {
                self.pending_throw = Some(exc);
                self.run_gen_frame(fr)
            }
        }
    }

    /// PEP 380: a throw into a generator suspended in `yield from`/`await` goes to the
    /// sub-iterator first (GeneratorExit closes it). The sub-iterator yielding is the
    /// outer step's value; returning resumes the outer generator with the return value
    /// as the value of `yield from`; raising (or having no `throw`) raises in the outer
    /// generator. The outer one counts as running meanwhile.
    fn throw_into_delegate(&mut self, g: &ObjRef, gen: &Generator, exc: Exc) -> Delegated {
        let Ok((mut fr, st)) = gen.try_take_frame() else {
            return Delegated::ThrowHere(exc);
        };
        let Some((sub, exit)) = delegate_of(&fr) else {
            gen.put_frame_back(fr, st);
            return Delegated::ThrowHere(exc);
        };
        let outcome: PyResult<Result<Value, Value>> =
            if is_instance_of(&exc, types().generator_exit) {
                let closed = self.close_iter(&sub);
                gen.put_frame_back(fr, st);
                return Delegated::ThrowHere(match closed {
                    Ok(()) => exc,
                    Err(e) => e,
                });
            } else if let Some(ObjData::Generator(_)) = sub.data() {
                let inner = sub.obj().cloned().unwrap_or_else(|| unreachable!());
                match self.gen_throw(&inner, exc) {
                    Ok(GenStep::Yield(v)) => Ok(Ok(v)),
                    Ok(GenStep::Return(v)) => Ok(Err(v)),
                    Err(e) => Err(e),
                }
            } else if crate::types::lookup(sub.class(), "throw").is_some() {
                match self.call_method(&sub, "throw", vec![Value::Obj(exc)]) {
                    Ok(v) => Ok(Ok(v)),
                    Err(e) if is_instance_of(&e, types().stop_iteration) => Ok(Err(stop_value(&e))),
                    Err(e) => Err(e),
                }
            } else {
                gen.put_frame_back(fr, st);
                return Delegated::ThrowHere(exc);
            };
        match outcome {
            Ok(Ok(v)) => {
                gen.put_frame_back(fr, st);
                Delegated::Done(Ok(GenStep::Yield(v)))
            }
            Ok(Err(ret)) => {
                // `yield from` is over: its value is the return value.
                fr.pop();
                fr.push(ret);
                fr.pc = exit as usize;
                gen.put_frame_back(fr, st);
                Delegated::Done(
                    match self.resume_gen(g.clone(), Value::None, FrameKind::Normal, true) {
                        Ok(Some(fr)) => self.run_gen_frame(fr),
                        Ok(None) => Ok(GenStep::Return(Value::None)),
                        Err(e) => Err(e),
                    },
                )
            }
            Err(e) => {
                fr.pop();
                gen.put_frame_back(fr, st);
                Delegated::ThrowHere(e)
            }
        }
    }

    /// Closes a sub-iterator: `gen.close()` for generators, else its `close` if any.
    fn close_iter(&mut self, it: &Value) -> PyResult<()> {
        if let Some(ObjData::Generator(_)) = it.data() {
            let g = it.obj().cloned().unwrap_or_else(|| unreachable!());
            return self.gen_close(&g);
        }
        if crate::types::lookup(it.class(), "close").is_some() {
            self.call_method(it, "close", vec![])?;
        }
        Ok(())
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, g: &ObjRef) -> PyResult<()> {
        let gv = Value::Obj(g.clone());
        let Some(gen) = gen_of(&gv) else {
            return Ok(());
        };
        if matches!(gen.state(), GEN_CREATED | GEN_DONE) {
            gen.discard_frame();
            return Ok(());
        }
        let exit = crate::exc::new_exception(types().generator_exit, vec![]);
        match self.gen_throw(g, exit) {
            Ok(GenStep::Yield(_)) => Err(crate::exc::runtime_error(format!(
                "{} ignored GeneratorExit",
                gen.type_word()
            ))),
            Ok(GenStep::Return(_)) => Ok(()),
            Err(e)
                if is_instance_of(&e, types().generator_exit)
                    || is_instance_of(&e, types().stop_iteration) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// `ForIter` on any iterator; a Python generator is resumed as a frame.
    pub fn for_iter(&mut self, f: &mut Frame, target: u32) -> PyResult<Option<Flow>> {
        if gen_of(f.top()).is_some() {
            return match self.resume_top(f, Value::None, FrameKind::GenFor(target))? {
                Some(fr) => Ok(Some(Flow::Call(fr))),
                None => {
                    f.pop();
                    f.pc = target as usize;
                    Ok(None)
                }
            };
        }
        let it = f.top().clone();
        match self.iter_next(&it)? {
            Some(v) => f.push(v),
            None => {
                f.pop();
                f.pc = target as usize;
            }
        }
        Ok(None)
    }

    /// `Send`: delegate one step to the sub-iterator of yield from / await.
    pub fn send(&mut self, f: &mut Frame, target: u32) -> PyResult<Option<Flow>> {
        let v = f.pop();
        if gen_of(f.top()).is_some() {
            return match self.resume_top(f, v, FrameKind::GenSend(target))? {
                Some(fr) => Ok(Some(Flow::Call(fr))),
                None => {
                    f.pop();
                    f.push(Value::None);
                    f.pc = target as usize;
                    Ok(None)
                }
            };
        }
        if v.is_none() {
            // `yield from` a list, tuple or range: step it in place.
            if let Some(next) = crate::iterops::seq_iter_next(f.top()) {
                match next {
                    Some(y) => f.push(y),
                    None => {
                        f.pop();
                        f.push(Value::None);
                        f.pc = target as usize;
                    }
                }
                return Ok(None);
            }
        }
        let it = f.top().clone();
        let r = if v.is_none() {
            self.next_or_return(&it)
        } else {
            match self.call_method(&it, "send", vec![v]) {
                Ok(y) => Ok(Ok(y)),
                Err(e) if is_instance_of(&e, types().stop_iteration) => Ok(Err(stop_value(&e))),
                Err(e) => Err(e),
            }
        }?;
        match r {
            Ok(y) => f.push(y),
            Err(ret) => {
                f.pop();
                f.push(ret);
                f.pc = target as usize;
            }
        }
        Ok(None)
    }

    /// next(it): `Ok(yielded)` or `Err(return value)` when exhausted.
    pub fn next_or_return(&mut self, it: &Value) -> PyResult<Result<Value, Value>> {
        if let Some(ObjData::Generator(_)) = it.data() {
            let g = it.obj().cloned().unwrap_or_else(|| unreachable!());
            return Ok(match self.gen_step(&g, Value::None)? {
                GenStep::Yield(v) => Ok(v),
                GenStep::Return(v) => Err(v),
            });
        }
        if let Some(ObjData::Iter(_) | ObjData::RangeIter(_)) = it.data() {
            return Ok(match self.iter_next(it)? {
                Some(v) => Ok(v),
                None => Err(Value::None),
            });
        }
        match self.call_special(it, "__next__", vec![]) {
            Ok(Some(v)) => Ok(Ok(v)),
            Ok(None) => Err(type_error(format!(
                "'{}' object is not an iterator",
                tobj(it.class()).name
            ))),
            Err(e) if is_instance_of(&e, types().stop_iteration) => Ok(Err(stop_value(&e))),
            Err(e) => Err(e),
        }
    }

    /// `next(gen)` / `gen.send(v)` called from bytecode run as a frame switch.
    pub fn fast_gen_call(
        &mut self,
        _f: &mut Frame,
        callee: &Value,
        args: &[Value],
    ) -> PyResult<Option<Flow>> {
        let Some(ObjData::Builtin(b)) = callee.data() else {
            return Ok(None);
        };
        let (g, sent) = match (b.owner, b.name, &b.bound, args.len()) {
            (Some("generator"), "send", Some(g), 1) => (g, args[0].clone()),
            (Some("generator"), "__next__", Some(g), 0) => (g, Value::None),
            (Some("generator"), "send", None, 2) => (&args[0], args[1].clone()),
            (Some("generator"), "__next__", None, 1) => (&args[0], Value::None),
            (None, "next", None, 1) => (&args[0], Value::None),
            _ => return Ok(None),
        };
        let Some(ObjData::Generator(gen)) = g.data() else {
            return Ok(None);
        };
        if gen.kind != GenKind::Generator {
            return Ok(None);
        }
        let go = g.obj().cloned().unwrap_or_else(|| unreachable!());
        match self.resume_gen(go, sent, FrameKind::GenCall, false)? {
            Some(fr) => Ok(Some(Flow::Call(fr))),
            None => Err(crate::exc::stop_iteration(Value::None)),
        }
    }

    pub fn get_yield_from_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Some(g) = gen_of(&v) {
            if g.kind == GenKind::Coroutine {
                return Err(type_error(
                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                ));
            }
            return Ok(v);
        }
        self.get_iter(&v)
    }

    pub fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        if let Some(g) = gen_of(&v) {
            if g.kind == GenKind::Coroutine {
                if g.state() == GEN_RUNNING {
                    return Err(crate::exc::runtime_error(
                        "coroutine is being awaited already",
                    ));
                }
                return Ok(v);
            }
        }
        match self.call_special(&v, "__await__", vec![])? {
            Some(it) => {
                if let Some(g) = gen_of(&it) {
                    if g.kind == GenKind::Coroutine {
                        return Err(type_error("__await__() returned a coroutine"));
                    }
                }
                if crate::types::lookup(it.class(), "__next__").is_none() && gen_of(&it).is_none() {
                    return Err(type_error(format!(
                        "__await__() returned non-iterator of type '{}'",
                        tobj(it.class()).name
                    )));
                }
                Ok(it)
            }
            None => Err(type_error(format!(
                "object {} can't be used in 'await' expression",
                tobj(v.class()).name
            ))),
        }
    }

    pub fn get_aiter(&mut self, v: Value) -> PyResult<Value> {
        match self.call_special(&v, "__aiter__", vec![])? {
            Some(it) => Ok(it),
            None => Err(type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                tobj(v.class()).name
            ))),
        }
    }

    pub fn get_anext(&mut self, it: &Value) -> PyResult<Value> {
        match self.call_special(it, "__anext__", vec![])? {
            Some(aw) => self.get_awaitable(aw),
            None => Err(type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                tobj(it.class()).name
            ))),
        }
    }

    pub fn is_stop_async_iteration(&self, e: &Value) -> bool {
        matches!(e, Value::Obj(o) if is_instance_of(o, types().stop_async_iteration))
    }

    pub fn before_async_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let t = mgr.class();
        let (Some(enter), Some(exit)) = (
            crate::types::lookup(t, "__aenter__"),
            crate::types::lookup(t, "__aexit__"),
        ) else {
            let missed = if crate::types::lookup(t, "__aenter__").is_none() {
                ""
            } else {
                " (missed __aexit__ method)"
            };
            return Err(crate::raise::no_context_manager(
                &mgr,
                "asynchronous ",
                missed,
            ));
        };
        let exit = self.bind(&exit, &mgr);
        let aw = self.call(&enter, vec![mgr])?;
        let aw = self.get_awaitable(aw)?;
        Ok((exit, aw))
    }
}

/// The value carried by a StopIteration.
pub fn stop_value(e: &ObjRef) -> Value {
    crate::exc::args_of(e)
        .into_iter()
        .next()
        .unwrap_or(Value::None)
}

fn gen_arg(args: &[Value]) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.data, ObjData::Generator(_)) => Ok(o.clone()),
        _ => Err(type_error("descriptor requires a generator object")),
    }
}

fn step_result(vm: &mut Vm, s: GenStep, is_coro: bool) -> PyResult {
    let _ = vm;
    let _ = is_coro;
    match s {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(crate::exc::stop_iteration(v)),
    }
}

pub fn gen_send(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let g = gen_arg(args)?;
    let sent = args.get(1).cloned().unwrap_or(Value::None);
    let s = vm.gen_step(&g, sent)?;
    step_result(vm, s, false)
}

pub fn gen_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let g = gen_arg(args)?;
    let s = vm.gen_step(&g, Value::None)?;
    step_result(vm, s, false)
}

pub fn gen_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let g = gen_arg(args)?;
    let e = match args.get(1) {
        Some(v) => vm.make_exception(v.clone())?,
        None => return Err(type_error("throw expected at least 1 argument, got 0")),
    };
    if let Some(Value::Obj(v)) = args.get(2) {
        if exc_data(&e).is_some() && !matches!(args.get(2), Some(Value::None)) {
            let _ = v;
        }
    }
    let s = vm.gen_throw(&g, e)?;
    step_result(vm, s, false)
}

pub fn gen_close(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let g = gen_arg(args)?;
    vm.gen_close(&g)?;
    Ok(Value::None)
}

pub fn gen_iter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

/// `coroutine.__await__()`: the coroutine itself drives the await.
pub fn coro_await(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(args.first().cloned().unwrap_or(Value::None))
}
