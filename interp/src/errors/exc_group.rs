//! `BaseExceptionGroup` / `ExceptionGroup` (construction rules, `split`, `subgroup`,
//! `derive`) and the two steps of `except*`: matching a clause (CPython's
//! `CHECK_EG_MATCH`) and combining what is left to re-raise (`_PyExc_PrepReraiseStar`).

use crate::exc::{exc_data, is_instance_of, type_error, value_error, TbEntry};
use crate::func::{KwArgs, PyResult};
use crate::list::new_list;
use crate::object::{ObjBox, ObjData};
use crate::pystr::new_string;
use crate::tuple::new_tuple;
use crate::type_methods::{reg, reg_static};
use crate::types::{is_subtype, tobj, type_name, types, TypeRef};
use crate::value::Value;
use crate::vm::Vm;

pub fn register() {
    let t = types().base_exception_group;
    reg_static(t, "__new__", eg_new);
    reg(t, "__init__", eg_init);
    reg(t, "__str__", eg_str);
    reg(t, "derive", eg_derive);
    reg(t, "split", eg_split);
    reg(t, "subgroup", eg_subgroup);
}

/// `(message, exceptions)` of a group instance.
pub fn group_parts(o: &ObjBox) -> Option<(Value, Vec<Value>)> {
    let st = exc_data(o)?.state.lock();
    let (msg, excs) = st.group.as_ref()?;
    let items = match excs.data() {
        Some(ObjData::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    Some((msg.clone(), items))
}

fn is_group(v: &Value) -> bool {
    v.obj().is_some_and(|o| group_parts(o).is_some())
}

fn class_arg(args: &[Value]) -> PyResult<TypeRef> {
    args.first()
        .and_then(|c| c.obj())
        .and_then(|o| o.as_static())
        .filter(|o| o.type_obj().is_some())
        .ok_or_else(|| type_error("BaseExceptionGroup.__new__(X): X is not a type object"))
}

fn eg_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let cls = class_arg(args)?;
    let given = args.len() - 1;
    if given != 2 {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({given} given)"
        )));
    }
    build_group(vm, cls, args[1].clone(), args[2].clone())
}

/// CPython's `BaseExceptionGroup_new`: validates and picks the class.
fn build_group(vm: &mut Vm, cls: TypeRef, msg: Value, excs: Value) -> PyResult {
    let t = types();
    if msg.as_str().is_none() {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name(msg.class())
        )));
    }
    let is_sequence = match excs.data() {
        Some(ObjData::List(_) | ObjData::Tuple(_)) => true,
        Some(ObjData::Dict(_)) => false,
        _ => crate::types::lookup(excs.class(), "__getitem__").is_some(),
    };
    if !is_sequence {
        return Err(type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let items = vm.collect(&excs)?;
    if items.is_empty() {
        return Err(value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        let Some(o) = e.obj().filter(|o| exc_data(o).is_some()) else {
            return Err(value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        };
        if !is_instance_of(o, t.exception) {
            nested_base = true;
        }
    }
    let mut cls = cls;
    if std::ptr::eq(cls, t.base_exception_group) {
        if !nested_base {
            cls = t.exception_group;
        }
    } else if std::ptr::eq(cls, t.exception_group) {
        if nested_base {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
    } else if nested_base && is_subtype(cls, t.exception) {
        return Err(type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            tobj(cls).name
        )));
    }
    let e = vm.new_instance(cls);
    if let Some(x) = e.obj().and_then(|o| exc_data(o)) {
        let mut st = x.state.lock();
        st.args = Some(new_tuple(vec![msg.clone(), excs]));
        st.group = Some((msg, new_tuple(items)));
    }
    Ok(e)
}

fn eg_init(_vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let Some(o) = args.first().and_then(|v| v.obj()) else {
        return Ok(Value::None);
    };
    if !kw.is_empty() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            tobj(o.cls()).name
        )));
    }
    if let Some(x) = exc_data(o) {
        x.state.lock().args = Some(new_tuple(args[1..].to_vec()));
    }
    Ok(Value::None)
}

fn self_parts(args: &[Value], what: &str) -> PyResult<(Value, Vec<Value>)> {
    args.first()
        .and_then(|v| v.obj())
        .and_then(|o| group_parts(o))
        .ok_or_else(|| {
            type_error(format!(
                "descriptor '{what}' requires a 'BaseExceptionGroup' object"
            ))
        })
}

/// `msg (N sub-exceptions)`.
pub fn group_str(o: &ObjBox) -> Option<String> {
    let (msg, excs) = group_parts(o)?;
    let n = excs.len();
    let s = if n == 1 { "" } else { "s" };
    Some(format!(
        "{} ({n} sub-exception{s})",
        msg.as_str().unwrap_or("")
    ))
}

fn eg_str(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    self_parts(args, "__str__")?;
    let o = args.first().and_then(|v| v.obj());
    Ok(new_string(o.and_then(|o| group_str(o)).unwrap_or_default()))
}

fn eg_derive(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    crate::argparse::nargs("derive", args, 2, 2)?;
    let (msg, _) = self_parts(args, "derive")?;
    build_group(vm, types().base_exception_group, msg, args[1].clone())
}

/// What `split`/`subgroup` test each exception (and each nested group) against.
enum Matcher {
    Types(Value),
    Predicate(Value),
    /// Leaf identities, for re-raising an exact projection of a group.
    Ids(Vec<usize>),
}

fn is_exception_class(v: &Value) -> bool {
    v.obj()
        .and_then(|o| o.as_static())
        .filter(|o| o.type_obj().is_some())
        .is_some_and(|t| is_subtype(t, types().base_exception))
}

fn matcher_of(v: &Value) -> PyResult<Matcher> {
    let is_type = matches!(v.data(), Some(ObjData::Type(_)));
    if !is_type && crate::builtins::is_callable(v) {
        return Ok(Matcher::Predicate(v.clone()));
    }
    if is_exception_class(v) {
        return Ok(Matcher::Types(v.clone()));
    }
    if let Some(ObjData::Tuple(items)) = v.data() {
        if std::ptr::eq(v.class(), types().tuple) && items.iter().all(is_exception_class) {
            return Ok(Matcher::Types(v.clone()));
        }
    }
    Err(type_error(
        "expected a function, exception type or tuple of exception types",
    ))
}

fn identity(v: &Value) -> usize {
    v.obj().map_or(0, |o| &**o as *const ObjBox as usize)
}

fn matches(vm: &mut Vm, exc: &Value, m: &Matcher) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => vm.exc_matches(exc, t),
        Matcher::Predicate(f) => {
            let r = vm.call(f, vec![exc.clone()])?;
            vm.truthy(&r)
        }
        Matcher::Ids(ids) => Ok(!is_group(exc) && ids.contains(&identity(exc))),
    }
}

type Parts = (Option<Value>, Option<Value>);

fn split_rec(vm: &mut Vm, exc: &Value, m: &Matcher, with_rest: bool) -> PyResult<Parts> {
    if matches(vm, exc, m)? {
        return Ok((Some(exc.clone()), None));
    }
    let Some((_, excs)) = exc.obj().and_then(|o| group_parts(o)) else {
        return Ok((None, with_rest.then(|| exc.clone())));
    };
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in &excs {
        let (a, b) = split_rec(vm, e, m, with_rest)?;
        matched.extend(a);
        rest.extend(b);
    }
    let matched = subset(vm, exc, matched)?;
    let rest = if with_rest {
        subset(vm, exc, rest)?
    } else {
        None
    };
    Ok((matched, rest))
}

/// A group of `excs` derived from `orig`, carrying its traceback, chaining and notes.
fn subset(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let eg = vm.call_method(orig, "derive", vec![new_list(excs)])?;
    let ok = eg
        .obj()
        .is_some_and(|o| is_instance_of(o, types().base_exception_group));
    if !ok {
        return Err(type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    }
    // Build `orig.__traceback__` first, so the parts share the very object.
    if let Some(o) = orig.obj() {
        vm.traceback_of(o)?;
    }
    if let (Some(src), Some(dst)) = (
        orig.obj().and_then(|o| exc_data(o)),
        eg.obj().and_then(|o| exc_data(o)),
    ) {
        let (tb, tb_object, context, cause) = {
            let s = src.state.lock();
            (
                s.traceback.clone(),
                s.tb_object.clone(),
                s.context.clone(),
                s.cause.clone(),
            )
        };
        let mut d = dst.state.lock();
        d.traceback = tb;
        d.tb_object = tb_object;
        d.context = context;
        // CPython's PyException_SetCause also sets `__suppress_context__`.
        d.cause = cause;
        d.suppress_context = true;
    }
    let key = crate::pystr::interned("__notes__");
    if let Some(notes) = vm.dict_get(orig, &key)? {
        if matches!(notes.data(), Some(ObjData::List(_) | ObjData::Tuple(_))) {
            let copy = vm.collect(&notes)?;
            vm.dict_set(&eg, key, new_list(copy))?;
        }
    }
    Ok(Some(eg))
}

fn eg_split(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    crate::argparse::nargs("split", args, 2, 2)?;
    self_parts(args, "split")?;
    let m = matcher_of(&args[1])?;
    let (a, b) = split_rec(vm, &args[0], &m, true)?;
    Ok(new_tuple(vec![
        a.unwrap_or(Value::None),
        b.unwrap_or(Value::None),
    ]))
}

fn eg_subgroup(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    crate::argparse::nargs("subgroup", args, 2, 2)?;
    self_parts(args, "subgroup")?;
    let m = matcher_of(&args[1])?;
    let (a, _) = split_rec(vm, &args[0], &m, false)?;
    Ok(a.unwrap_or(Value::None))
}

/// `except* T`: `Some((rest, match))` when `exc` (or part of it) matches; a naked
/// exception that matches is wrapped in a group whose traceback is `here`.
pub fn except_star_match(
    vm: &mut Vm,
    exc: &Value,
    t: &Value,
    here: TbEntry,
) -> PyResult<Option<(Value, Value)>> {
    let rejects = |v: &Value| {
        v.obj()
            .and_then(|o| o.as_static())
            .filter(|o| o.type_obj().is_some())
            .is_some_and(|c| is_subtype(c, types().base_exception_group))
    };
    // The usual `except` type check comes first, as in CPython.
    vm.exc_matches(&Value::None, t)?;
    let bad = match t.data() {
        Some(ObjData::Tuple(items)) => items.iter().any(rejects),
        _ => rejects(t),
    };
    if bad {
        return Err(type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    if vm.exc_matches(exc, t)? {
        if is_group(exc) {
            return Ok(Some((Value::None, exc.clone())));
        }
        let g = build_group(
            vm,
            types().base_exception_group,
            new_string(String::new()),
            new_tuple(vec![exc.clone()]),
        )?;
        if let Some(o) = g.obj() {
            crate::exc::push_tb(o, here);
        }
        return Ok(Some((Value::None, g)));
    }
    if is_group(exc) {
        let pair = vm.call_method(exc, "split", vec![t.clone()])?;
        let items = vm.collect(&pair)?;
        let mut it = items.into_iter();
        let m = it.next().unwrap_or(Value::None);
        let r = it.next().unwrap_or(Value::None);
        if m.is_none() {
            return Ok(None);
        }
        return Ok(Some((r, m)));
    }
    Ok(None)
}

fn leaf_ids(v: &Value, out: &mut Vec<usize>) {
    match v.obj().and_then(|o| group_parts(o)) {
        Some((_, excs)) => excs.iter().for_each(|e| leaf_ids(e, out)),
        None => out.push(identity(v)),
    }
}

/// Whether `e` is `orig` or a part split from it (same traceback and chaining).
fn same_metadata(e: &Value, orig: &Value) -> bool {
    let (Some(a), Some(b)) = (
        e.obj().and_then(|o| exc_data(o)),
        orig.obj().and_then(|o| exc_data(o)),
    ) else {
        return false;
    };
    if std::ptr::eq(a, b) {
        return true;
    }
    let (a, b) = (a.state.lock(), b.state.lock());
    let same = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    };
    a.traceback.len() == b.traceback.len()
        && a.traceback
            .iter()
            .zip(&b.traceback)
            .all(|(x, y)| std::ptr::eq(x.code, y.code) && x.pc == y.pc)
        && same(&a.cause, &b.cause)
        && same(&a.context, &b.context)
}

/// CPython's `_PyExc_PrepReraiseStar`: what an `except*` statement re-raises, given
/// the original exception and the list of exceptions its clauses raised or left.
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, raised: &Value) -> PyResult<Value> {
    let excs = vm.collect(raised)?;
    if excs.is_empty() {
        return Ok(Value::None);
    }
    if !is_group(orig) {
        // A naked exception: at most one clause ran.
        return Ok(excs.into_iter().next().unwrap_or(Value::None));
    }
    let mut new_raised = Vec::new();
    let mut reraised = Vec::new();
    for e in excs.into_iter().filter(|e| !e.is_none()) {
        if same_metadata(&e, orig) {
            reraised.push(e);
        } else {
            new_raised.push(e);
        }
    }
    let mut keep = Vec::new();
    for e in &reraised {
        leaf_ids(e, &mut keep);
    }
    let (reraised_eg, _) = split_rec(vm, orig, &Matcher::Ids(keep), false)?;
    if new_raised.is_empty() {
        return Ok(reraised_eg.unwrap_or(Value::None));
    }
    new_raised.extend(reraised_eg);
    if new_raised.len() == 1 {
        return Ok(new_raised.pop().unwrap_or(Value::None));
    }
    build_group(
        vm,
        types().base_exception_group,
        new_string(String::new()),
        new_list(new_raised),
    )
}
