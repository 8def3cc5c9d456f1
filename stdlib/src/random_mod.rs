//! The native `_random` module behind the Python-source `random`: generator instances (the
//! fmt engineer's `random::Random`, CPython's Mersenne Twister) kept in a table by handle,
//! and one function per draw.

use num_bigint::BigInt;
use parking_lot::Mutex;
use skein_interp::argparse::nargs;
use skein_interp::exc::type_error;
use skein_interp::format::PyError;
use skein_interp::func::{new_module_builtin, Exc, KwArgs, NativeFn, PyResult};
use skein_interp::int::{as_bigint, from_bigint};
use skein_interp::module::{module_ns, new_module};
use skein_interp::object::{ObjBox, ObjData};
use skein_interp::types::type_name;
use skein_interp::value::Value;
use skein_interp::Vm;

use crate::random::{Random, RandomState, Seed};

/// Every generator made by `Random()`; a handle is an index. Generators live as long as
/// the process (scripts make few of them).
static GENERATORS: Mutex<Vec<Random>> = Mutex::new(Vec::new());

pub fn init(_vm: &mut Vm) -> PyResult<&'static ObjBox> {
    let m = new_module("_random");
    let ns = module_ns(m);
    let fns: &[(&'static str, NativeFn)] = &[
        ("new", new),
        ("seed", seed),
        ("random", random),
        ("getrandbits", getrandbits),
        ("randbelow", randbelow),
        ("randrange", randrange),
        ("choice_index", choice_index),
        ("shuffle", shuffle),
        ("sample_indexes", sample_indexes),
        ("choices_indexes", choices_indexes),
        ("choices_weighted", choices_weighted),
        ("uniform", uniform),
        ("gauss", gauss),
        ("randbytes", randbytes),
        ("reseed_all", reseed_all),
        ("getstate", getstate),
        ("setstate", setstate),
    ];
    for (n, f) in fns {
        ns.set(n, new_module_builtin("_random", n, *f));
    }
    Ok(m)
}

/// A CPython exception from the algorithms' error value (the interpreter's one mapping).
fn raise(e: PyError) -> Exc {
    e.into()
}

/// Runs `f` on the generator named by `args[0]`.
fn with_gen<R>(args: &[Value], f: impl FnOnce(&mut Random) -> R) -> PyResult<R> {
    let h = match args.first() {
        Some(Value::Int(h)) if *h >= 0 => *h as usize,
        _ => return Err(type_error("bad generator handle")),
    };
    let mut g = GENERATORS.lock();
    match g.get_mut(h) {
        Some(r) => Ok(f(r)),
        None => Err(type_error("bad generator handle")),
    }
}

fn big(v: &Value, what: &str) -> PyResult<BigInt> {
    as_bigint(v).ok_or_else(|| {
        type_error(format!(
            "{what} must be an int, not {}",
            type_name(v.class())
        ))
    })
}

fn float(v: &Value) -> PyResult<f64> {
    skein_interp::int::to_f64(v)
        .ok_or_else(|| type_error(format!("must be real number, not {}", type_name(v.class()))))
}

/// Reseeds `r` from `a` as `random.seed(a)` does.
fn apply_seed(vm: &mut Vm, r: &mut Random, a: &Value) -> PyResult<()> {
    if a.is_none() {
        r.seed(Seed::Os);
    } else if let Some(b) = as_bigint(a) {
        r.seed(Seed::Int(&b));
    } else if let Some(s) = a.as_str() {
        r.seed(Seed::Bytes(s.as_bytes()));
    } else if let Some(ObjData::Bytes(b)) = a.data() {
        r.seed(Seed::Bytes(b));
    } else {
        let h = vm.hash(a)?;
        r.seed(Seed::Hash(h));
    }
    Ok(())
}

/// `new(seed)`: a fresh generator's handle.
fn new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("new", args, 1, 1)?;
    let mut r = Random::default();
    apply_seed(vm, &mut r, &args[0])?;
    let mut g = GENERATORS.lock();
    g.push(r);
    Ok(Value::Int(g.len() as i64 - 1))
}

fn seed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("seed", args, 2, 2)?;
    let mut r = with_gen(args, std::mem::take)?;
    let res = apply_seed(vm, &mut r, &args[1]);
    with_gen(args, |slot| *slot = r)?;
    res.map(|_| Value::None)
}

fn random(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Float(with_gen(args, |r| r.random())?))
}

fn getrandbits(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("getrandbits", args, 2, 2)?;
    let k = vm.index_value(&args[1])?;
    if k < 0 {
        return Err(skein_interp::exc::value_error(
            "number of bits must be non-negative",
        ));
    }
    let b = with_gen(args, |r| r.getrandbits(k))?.map_err(raise)?;
    Ok(from_bigint(b))
}

fn randbelow(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("randbelow", args, 2, 2)?;
    let n = big(&args[1], "n")?;
    let b = with_gen(args, |r| r.randbelow(&n))?.map_err(raise)?;
    Ok(from_bigint(b))
}

/// `randrange(h, start, stop_or_None, step, step_given)` over ints already checked.
fn randrange(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("randrange", args, 5, 5)?;
    if let (Value::Int(a), Value::Int(b), Value::Int(1)) = (&args[1], &args[2], &args[3]) {
        let v = with_gen(args, |r| r.randrange_i64(*a, *b))?.map_err(raise)?;
        return Ok(Value::Int(v));
    }
    let start = big(&args[1], "start")?;
    let stop = if args[2].is_none() {
        None
    } else {
        Some(big(&args[2], "stop")?)
    };
    let step = big(&args[3], "step")?;
    let step_given = vm.truthy(&args[4])?;
    let v = with_gen(args, |r| {
        r.randrange(&start, stop.as_ref(), &step, step_given)
    })?
    .map_err(raise)?;
    Ok(from_bigint(v))
}

fn choice_index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("choice_index", args, 2, 2)?;
    let n = vm.index_value(&args[1])?;
    let i = with_gen(args, |r| r.choice_index(n.max(0) as usize))?.map_err(raise)?;
    Ok(Value::Int(i as i64))
}

/// `shuffle(h, list)`: shuffles a list in place.
fn shuffle(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("shuffle", args, 2, 2)?;
    let Some(ObjData::List(items)) = args[1].data() else {
        return Err(type_error("shuffle needs a list"));
    };
    let mut taken = std::mem::take(&mut *items.lock());
    with_gen(args, |r| r.shuffle(&mut taken))?;
    *items.lock() = taken;
    Ok(Value::None)
}

fn index_list(v: Vec<usize>) -> Value {
    skein_interp::list::new_list(v.into_iter().map(|i| Value::Int(i as i64)).collect())
}

fn sample_indexes(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("sample_indexes", args, 3, 3)?;
    let n = vm.index_value(&args[1])?;
    let k = vm.index_value(&args[2])?;
    let v = with_gen(args, |r| r.sample_indexes(n.max(0) as usize, k))?.map_err(raise)?;
    Ok(index_list(v))
}

fn choices_indexes(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("choices_indexes", args, 3, 3)?;
    let n = vm.index_value(&args[1])?;
    let k = vm.index_value(&args[2])?;
    let v = with_gen(args, |r| {
        r.choices_indexes(n.max(0) as usize, k.max(0) as usize)
    })?
    .map_err(raise)?;
    Ok(index_list(v))
}

/// `choices_weighted(h, cum_weights, k)`.
fn choices_weighted(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("choices_weighted", args, 3, 3)?;
    let items = vm.collect(&args[1])?;
    let mut cum = Vec::with_capacity(items.len());
    for it in &items {
        cum.push(float(it)?);
    }
    let k = vm.index_value(&args[2])?;
    let v = with_gen(args, |r| {
        r.choices_weighted_indexes(&cum, k.max(0) as usize)
    })?
    .map_err(raise)?;
    Ok(index_list(v))
}

fn uniform(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("uniform", args, 3, 3)?;
    let a = float(&args[1])?;
    let b = float(&args[2])?;
    Ok(Value::Float(with_gen(args, |r| r.uniform(a, b))?))
}

fn gauss(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("gauss", args, 3, 3)?;
    let mu = float(&args[1])?;
    let sigma = float(&args[2])?;
    Ok(Value::Float(with_gen(args, |r| r.gauss(mu, sigma))?))
}

fn randbytes(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("randbytes", args, 2, 2)?;
    let n = vm.index_value(&args[1])?;
    let b = with_gen(args, |r| r.randbytes(n))?.map_err(raise)?;
    Ok(skein_interp::bytes::new_bytes(b))
}

/// Reseeds every generator from the OS (a forked child must not repeat its parent).
fn reseed_all(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    for r in GENERATORS.lock().iter_mut() {
        r.seed(Seed::Os);
    }
    Ok(Value::None)
}

/// `getstate(h)`: CPython's `(3, (*624 words, index), gauss_next)`.
fn getstate(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("getstate", args, 1, 1)?;
    let st = with_gen(args, |r| r.getstate())?;
    let mut inner: Vec<Value> = st.words.iter().map(|w| Value::Int(*w as i64)).collect();
    inner.push(Value::Int(st.index as i64));
    Ok(skein_interp::tuple::new_tuple(vec![
        Value::Int(st.version),
        skein_interp::tuple::new_tuple(inner),
        st.gauss_next.map_or(Value::None, Value::Float),
    ]))
}

/// `setstate(h, state)`: the inverse of `getstate`.
fn setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("setstate", args, 2, 2)?;
    let bad = || type_error("state vector must be a tuple");
    let Some(ObjData::Tuple(parts)) = args[1].data() else {
        return Err(bad());
    };
    if parts.len() != 3 {
        return Err(bad());
    }
    let version = vm.index_value(&parts[0])?;
    let Some(ObjData::Tuple(inner)) = parts[1].data() else {
        return Err(bad());
    };
    let Some((last, words)) = inner.split_last() else {
        return Err(skein_interp::exc::value_error(
            "state vector is the wrong size",
        ));
    };
    let mut ws = Vec::with_capacity(words.len());
    for w in words {
        let b = big(w, "state word")?;
        let m: BigInt = ((b % (1u64 << 32)) + (1u64 << 32)) % (1u64 << 32);
        ws.push(num_traits::ToPrimitive::to_u32(&m).unwrap_or(0));
    }
    let index = vm.index_value(last)?;
    let gauss_next = match &parts[2] {
        Value::None => None,
        v => Some(float(v)?),
    };
    let st = RandomState {
        version,
        words: ws,
        index: index as usize,
        gauss_next,
    };
    with_gen(args, |r| r.setstate(&st, index))?.map_err(raise)?;
    Ok(Value::None)
}
