//! Async generators: `__anext__`/`asend`/`athrow`/`aclose` return awaitables that run the
//! generator until it yields a wrapped value (StopIteration(value) for the awaiting
//! coroutine) while passing the generator's own awaits through to the event loop.

use parking_lot::Mutex;

use crate::argparse::arg;
use crate::exc::{is_instance_of, type_error};
use crate::func::{Exc, KwArgs, PyResult};
use crate::gen_ops::GenStep;
use crate::object::{alloc, AsyncGenStep, ObjData};
use crate::objref::ObjRef;
use crate::type_methods::reg;
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;

pub fn register() {
    let t = types();
    reg(t.async_generator, "__aiter__", aiter);
    reg(t.async_generator, "__anext__", anext);
    reg(t.async_generator, "asend", asend);
    reg(t.async_generator, "athrow", athrow);
    reg(t.async_generator, "aclose", aclose);
    reg(t.async_gen_step, "send", step_send);
    reg(t.async_gen_step, "__next__", step_next);
    reg(t.async_gen_step, "throw", step_throw);
    reg(t.async_gen_step, "close", step_close);
    reg(t.async_gen_step, "__await__", self_);
    reg(t.async_gen_step, "__iter__", self_);
}

fn agen(args: &[Value]) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.data, ObjData::Generator(_)) => Ok(o.clone()),
        _ => Err(type_error(
            "descriptor requires an 'async_generator' object",
        )),
    }
}

fn step(gen: ObjRef, first: Result<Value, Exc>) -> Value {
    alloc(
        types().async_gen_step,
        ObjData::AsyncGenStep(Box::new(AsyncGenStep {
            gen,
            first: Mutex::new(Some(first)),
        })),
    )
}

fn self_(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(arg(args, 0))
}

fn aiter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(arg(args, 0))
}

fn anext(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(step(agen(args)?, Ok(Value::None)))
}

fn asend(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(step(agen(args)?, Ok(arg(args, 1))))
}

fn athrow(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let e = vm.make_exception(arg(args, 1))?;
    Ok(step(agen(args)?, Err(e)))
}

fn aclose(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let e = crate::exc::new_exception(types().generator_exit, vec![]);
    Ok(step(agen(args)?, Err(e)))
}

/// One resumption of the async generator on behalf of the awaiting coroutine.
fn drive(vm: &mut Vm, sv: &Value, sent: Result<Value, Exc>) -> PyResult {
    let Some(ObjData::AsyncGenStep(st)) = sv.data() else {
        return Err(type_error("expected an async generator step"));
    };
    let pending = st.first.lock().take();
    let sent = match pending {
        Some(first) => match (first, sent) {
            (Ok(v), Ok(_)) => Ok(v),
            (_, Err(e)) | (Err(e), _) => Err(e),
        },
        None => sent,
    };
    let is_close = matches!(&sent, Err(e) if is_instance_of(e, types().generator_exit));
    let r = match sent {
        Ok(v) => vm.gen_step(&st.gen, v),
        Err(e) => vm.gen_throw(&st.gen, e),
    };
    match r {
        Ok(GenStep::Yield(v)) => match v.data() {
            Some(ObjData::AsyncGenValue(inner)) => {
                if is_close {
                    return Err(crate::exc::runtime_error(
                        "async generator ignored GeneratorExit",
                    ));
                }
                Err(crate::exc::stop_iteration(inner.clone()))
            }
            _ => Ok(v),
        },
        Ok(GenStep::Return(_)) => {
            if is_close {
                return Err(crate::exc::stop_iteration(Value::None));
            }
            Err(crate::exc::new_exception(
                types().stop_async_iteration,
                vec![],
            ))
        }
        Err(e)
            if is_close
                && (is_instance_of(&e, types().generator_exit)
                    || is_instance_of(&e, types().stop_async_iteration)) =>
        {
            Err(crate::exc::stop_iteration(Value::None))
        }
        Err(e) => Err(e),
    }
}

fn step_send(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    drive(vm, &arg(args, 0), Ok(arg(args, 1)))
}

fn step_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    drive(vm, &arg(args, 0), Ok(Value::None))
}

fn step_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let e = vm.make_exception(arg(args, 1))?;
    drive(vm, &arg(args, 0), Err(e))
}

fn step_close(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::None)
}
