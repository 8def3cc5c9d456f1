//! The native `_collections.deque`: a ring buffer under its own lock, so append, appendleft,
//! pop and popleft are atomic and O(1) with the global lock on or off. Element comparisons
//! (count, index, remove, ==) and reprs run on a snapshot, never holding the lock.

use std::collections::VecDeque;
use std::sync::OnceLock;

use parking_lot::Mutex;
use skein_interp::argparse::{check_kw, kwarg, nargs};
use skein_interp::exc::{index_error, type_error, value_error};
use skein_interp::func::{new_builtin, KwArgs, NativeFn, PyResult};
use skein_interp::list::new_list;
use skein_interp::module::{module_ns, new_module};
use skein_interp::object::{alloc, ObjBox, ObjData};
use skein_interp::type_methods::reg;
use skein_interp::types::{type_name, types, TypeRef};
use skein_interp::value::Value;
use skein_interp::Vm;

struct Deque {
    state: Mutex<State>,
}

struct State {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
}

impl State {
    fn push_back(&mut self, v: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        if Some(self.items.len()) == self.maxlen {
            self.items.pop_front();
        }
        self.items.push_back(v);
    }

    fn push_front(&mut self, v: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        if Some(self.items.len()) == self.maxlen {
            self.items.pop_back();
        }
        self.items.push_front(v);
    }
}

fn deque_type() -> TypeRef {
    static T: OnceLock<TypeRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = crate::thread_mod::native_type("collections", "deque");
        let methods: &[(&'static str, NativeFn)] = &[
            ("__init__", init_method),
            ("append", append),
            ("appendleft", appendleft),
            ("pop", pop),
            ("popleft", popleft),
            ("extend", extend),
            ("extendleft", extendleft),
            ("clear", clear),
            ("copy", copy),
            ("__copy__", copy),
            ("count", count),
            ("index", index),
            ("insert", insert),
            ("remove", remove),
            ("reverse", reverse),
            ("rotate", rotate),
            ("__len__", len),
            ("__bool__", bool_),
            ("__iter__", iter),
            ("__reversed__", reversed),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__add__", add),
            ("__iadd__", iadd),
            ("__repr__", repr),
        ];
        for (n, f) in methods {
            reg(t, n, *f);
        }
        if let ObjData::Type(tt) = &t.data {
            tt.dict.set("__new__", new_builtin("__new__", new));
            tt.dict.set("__hash__", Value::None);
            let fget = skein_interp::func::new_method_descr("deque", "maxlen", maxlen);
            let prop = alloc(
                types().property,
                ObjData::Property(Box::new([fget, Value::None, Value::None, Value::None])),
            );
            tt.dict.set("maxlen", prop);
        }
        t
    })
}

pub fn init(_vm: &mut Vm) -> PyResult<&'static ObjBox> {
    let m = new_module("_collections");
    module_ns(m).set("deque", Value::type_value(deque_type()));
    Ok(m)
}

fn this(args: &[Value]) -> PyResult<&Deque> {
    match args.first().and_then(|v| v.data()) {
        Some(ObjData::Native(b)) => b
            .downcast_ref::<Deque>()
            .ok_or_else(|| type_error("descriptor requires a 'collections.deque' object")),
        _ => Err(type_error(
            "descriptor requires a 'collections.deque' object",
        )),
    }
}

fn new_deque(items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    alloc(
        deque_type(),
        ObjData::Native(Box::new(Deque {
            state: Mutex::new(State { items, maxlen }),
        })),
    )
}

fn new(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(new_deque(VecDeque::new(), None))
}

/// `deque(iterable=(), maxlen=None)`.
fn init_method(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    check_kw("deque", kw, &["iterable", "maxlen"])?;
    let d = this(args)?;
    if args.len() > 3 {
        return Err(type_error(format!(
            "deque expected at most 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let iterable = args.get(1).cloned().or_else(|| kwarg(kw, "iterable"));
    let maxlen = match args.get(2).cloned().or_else(|| kwarg(kw, "maxlen")) {
        None | Some(Value::None) => None,
        Some(v) => {
            if !skein_interp::int::is_int_like(&v) {
                return Err(type_error("an integer is required"));
            }
            let n = vm.index_value(&v)?;
            if n < 0 {
                return Err(value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    let items = match iterable {
        Some(it) => vm.collect(&it)?,
        None => Vec::new(),
    };
    let mut st = d.state.lock();
    st.items.clear();
    st.maxlen = maxlen;
    for v in items {
        st.push_back(v);
    }
    Ok(Value::None)
}

fn maxlen(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(match this(args)?.state.lock().maxlen {
        Some(n) => Value::Int(n as i64),
        None => Value::None,
    })
}

fn one_arg<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a Value> {
    nargs(name, &args[1.min(args.len())..], 1, 1)?;
    Ok(&args[1])
}

fn append(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let v = one_arg("append", args)?.clone();
    this(args)?.state.lock().push_back(v);
    Ok(Value::None)
}

fn appendleft(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let v = one_arg("appendleft", args)?.clone();
    this(args)?.state.lock().push_front(v);
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let v = this(args)?.state.lock().items.pop_back();
    v.ok_or_else(|| index_error("pop from an empty deque"))
}

fn popleft(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let v = this(args)?.state.lock().items.pop_front();
    v.ok_or_else(|| index_error("pop from an empty deque"))
}

fn extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let items = vm.collect(one_arg("extend", args)?)?;
    let mut st = this(args)?.state.lock();
    for v in items {
        st.push_back(v);
    }
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let items = vm.collect(one_arg("extendleft", args)?)?;
    let mut st = this(args)?.state.lock();
    for v in items {
        st.push_front(v);
    }
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    this(args)?.state.lock().items.clear();
    Ok(Value::None)
}

fn snapshot(args: &[Value]) -> PyResult<(Vec<Value>, Option<usize>)> {
    let st = this(args)?.state.lock();
    Ok((st.items.iter().cloned().collect(), st.maxlen))
}

fn copy(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let (items, maxlen) = snapshot(args)?;
    Ok(new_deque(items.into(), maxlen))
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let x = one_arg("count", args)?.clone();
    let (items, _) = snapshot(args)?;
    let mut n = 0;
    for v in &items {
        if v.is(&x) || vm.eq(v, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn find(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<Option<usize>> {
    for (i, v) in items.iter().enumerate() {
        if v.is(x) || vm.eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("index", &args[1.min(args.len())..], 1, 3)?;
    let x = args[1].clone();
    let (items, _) = snapshot(args)?;
    let n = items.len() as i64;
    let clamp = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.get(2) {
        Some(v) => clamp(vm.index_value(v)?),
        None => 0,
    } as usize;
    let stop = match args.get(3) {
        Some(v) => clamp(vm.index_value(v)?),
        None => n,
    } as usize;
    let window = items.get(start..stop.max(start)).unwrap_or(&[]);
    match find(vm, window, &x)? {
        Some(i) => Ok(Value::Int((start + i) as i64)),
        None => Err(value_error(format!("{} is not in deque", vm.repr(&x)?))),
    }
}

fn insert(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("insert", &args[1.min(args.len())..], 2, 2)?;
    let i = vm.index_value(&args[1])?;
    let d = this(args)?;
    let mut st = d.state.lock();
    if Some(st.items.len()) == st.maxlen {
        return Err(index_error("deque already at its maximum size"));
    }
    let n = st.items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    st.items.insert(at, args[2].clone());
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let x = one_arg("remove", args)?.clone();
    let (items, _) = snapshot(args)?;
    let Some(i) = find(vm, &items, &x)? else {
        return Err(value_error("deque.remove(x): x not in deque"));
    };
    let mut st = this(args)?.state.lock();
    // Remove the very element found, wherever concurrent edits moved it.
    if let Some(p) = st.items.iter().position(|v| v.is(&items[i])) {
        st.items.remove(p);
    }
    Ok(Value::None)
}

fn reverse(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let mut st = this(args)?.state.lock();
    st.items.make_contiguous().reverse();
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("rotate", &args[1.min(args.len())..], 0, 1)?;
    let k = match args.get(1) {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    let mut st = this(args)?.state.lock();
    let n = st.items.len() as i64;
    if n > 0 {
        let k = k.rem_euclid(n) as usize;
        st.items.rotate_right(k);
    }
    Ok(Value::None)
}

fn len(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Int(this(args)?.state.lock().items.len() as i64))
}

fn bool_(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(Value::Bool(!this(args)?.state.lock().items.is_empty()))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let (items, _) = snapshot(args)?;
    vm.get_iter(&new_list(items))
}

fn reversed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let (mut items, _) = snapshot(args)?;
    items.reverse();
    vm.get_iter(&new_list(items))
}

/// An index argument resolved against the current length.
fn position(vm: &mut Vm, args: &[Value], n: usize) -> PyResult<usize> {
    if matches!(args[1].data(), Some(ObjData::Slice(_))) {
        return Err(type_error("sequence index must be integer, not 'slice'"));
    }
    let i = vm.index_value(&args[1])?;
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    one_arg("__getitem__", args)?;
    let n = this(args)?.state.lock().items.len();
    let i = position(vm, args, n)?;
    let st = this(args)?.state.lock();
    st.items
        .get(i)
        .cloned()
        .ok_or_else(|| index_error("deque index out of range"))
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    nargs("__setitem__", &args[1.min(args.len())..], 2, 2)?;
    let n = this(args)?.state.lock().items.len();
    let i = position(vm, args, n)?;
    let mut st = this(args)?.state.lock();
    match st.items.get_mut(i) {
        Some(slot) => *slot = args[2].clone(),
        None => return Err(index_error("deque index out of range")),
    }
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    one_arg("__delitem__", args)?;
    let n = this(args)?.state.lock().items.len();
    let i = position(vm, args, n)?;
    let mut st = this(args)?.state.lock();
    if st.items.remove(i).is_none() {
        return Err(index_error("deque index out of range"));
    }
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let x = one_arg("__contains__", args)?.clone();
    let (items, _) = snapshot(args)?;
    Ok(Value::Bool(find(vm, &items, &x)?.is_some()))
}

fn other_items(v: &Value) -> Option<Vec<Value>> {
    match v.data() {
        Some(ObjData::Native(b)) => b
            .downcast_ref::<Deque>()
            .map(|d| d.state.lock().items.iter().cloned().collect()),
        _ => None,
    }
}

fn eq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let o = one_arg("__eq__", args)?;
    let Some(b) = other_items(o) else {
        return Ok(vm_not_implemented(vm));
    };
    let (a, _) = snapshot(args)?;
    let r = vm.eq(&new_list(a), &new_list(b))?;
    Ok(Value::Bool(r))
}

fn ne(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    match eq(vm, args, kw)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn vm_not_implemented(vm: &mut Vm) -> Value {
    vm.builtins_ns()
        .get("NotImplemented")
        .unwrap_or(Value::None)
}

fn add(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let o = one_arg("__add__", args)?;
    let Some(b) = other_items(o) else {
        return Err(type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            type_name(o.class())
        )));
    };
    let _ = vm;
    let (a, maxlen) = snapshot(args)?;
    let d = new_deque(VecDeque::new(), maxlen);
    if let Some(ObjData::Native(bx)) = d.data() {
        if let Some(dq) = bx.downcast_ref::<Deque>() {
            let mut st = dq.state.lock();
            for v in a.into_iter().chain(b) {
                st.push_back(v);
            }
        }
    }
    Ok(d)
}

fn iadd(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    extend(vm, args, kw)?;
    Ok(args[0].clone())
}

fn repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let me = args.first().cloned().unwrap_or(Value::None);
    let id = me.id();
    if vm.repr_stack.contains(&id) {
        return Ok(skein_interp::pystr::new_str("[...]"));
    }
    let (items, maxlen) = snapshot(args)?;
    vm.repr_stack.push(id);
    let inner = vm.repr(&new_list(items));
    vm.repr_stack.pop();
    let inner = inner?;
    let s = match maxlen {
        Some(n) => format!("deque({inner}, maxlen={n})"),
        None => format!("deque({inner})"),
    };
    Ok(skein_interp::pystr::new_string(s))
}
