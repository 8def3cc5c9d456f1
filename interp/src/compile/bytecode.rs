//! The instruction set, declared once: each instruction with its stack effect.
//!
//! Stack effects are written `(before -- after)`, top of stack rightmost. Jump targets
//! are instruction indices. Names index `Code::names`, constants `Code::consts`, local
//! slots `Code::varnames`, cell slots the cells then free variables after the locals.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// `(dunder, reflected dunder, in-place dunder)`.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// `(dunder, swapped operator)` for the reflected attempt.
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }

    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// `MakeFunction` flags: which optional parts precede the code object on the stack.
pub const MF_DEFAULTS: u8 = 1;
pub const MF_KWDEFAULTS: u8 = 2;
pub const MF_CLOSURE: u8 = 4;
/// Defined at module or class level: made immortal (defined once, shared by threads).
pub const MF_SHARED: u8 = 8;

/// `FormatValue` flags: conversion in the low 2 bits (0 none, 1 str, 2 repr, 3 ascii).
pub const FV_HAS_SPEC: u8 = 4;

/// `Raise` kinds.
pub const RAISE_RERAISE: u8 = 0;
pub const RAISE_EXC: u8 = 1;
pub const RAISE_FROM: u8 = 2;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    /// `( -- )`
    Nop,
    /// `( -- value)`
    LoadConst(u32),
    /// `( -- value)` UnboundLocalError if unbound.
    LoadFast(u32),
    /// `( -- a c)` `LoadFast(a)` fused with the `LoadConst(c)` after it, which it
    /// skips (left in place for jumps to it). Made by `fuse_loads` after assembly.
    LoadFastConst(u32, u32),
    /// `( -- a b)` `LoadFast(a)` fused with the `LoadFast(b)` after it, likewise.
    LoadFastFast(u32, u32),
    /// `( -- a[c])` `LoadFast(a) LoadConst(c) LoadSubscr` in one (the two after it
    /// stay in place, skipped): the container is read in the local, never counted.
    SubscrFastConst(u32, u32),
    /// `( -- a[b])` `LoadFast(a) LoadFast(b) LoadSubscr` in one, likewise.
    SubscrFastFast(u32, u32),
    /// `(value -- )` `LoadFast(a) LoadConst(c) StoreSubscr` in one: `a[c] = value`.
    StoreSubscrFastConst(u32, u32),
    /// `(value -- )` `LoadFast(a) LoadFast(b) StoreSubscr` in one: `a[b] = value`.
    StoreSubscrFastFast(u32, u32),
    /// `(value -- )`
    StoreFast(u32),
    /// `( -- )`
    DeleteFast(u32),
    /// `( -- value)` the contents of a cell.
    LoadDeref(u32),
    /// `(value -- )`
    StoreDeref(u32),
    /// `( -- )`
    DeleteDeref(u32),
    /// `( -- cell)` the cell itself, to build a closure.
    LoadClosure(u32),
    /// `( -- value)` in a class body: the class namespace, then the cell.
    LoadClassDeref(u32),
    /// `( -- value)` module globals, then builtins.
    LoadGlobal(u32),
    /// `(value -- )`
    StoreGlobal(u32),
    /// `( -- )`
    DeleteGlobal(u32),
    /// `( -- value)` class namespace, globals, builtins.
    LoadName(u32),
    /// `(value -- )`
    StoreName(u32),
    /// `( -- )`
    DeleteName(u32),
    /// `(obj -- value)`
    LoadAttr(u32),
    /// `(value obj -- )`
    StoreAttr(u32),
    /// `(obj -- )`
    DeleteAttr(u32),
    /// `(obj -- func self)` or `(obj -- attr <unbound>)`: avoids a bound-method object.
    LoadMethod(u32),
    /// `(container key -- value)`
    LoadSubscr,
    /// `(value container key -- )`
    StoreSubscr,
    /// `(container key -- )`
    DeleteSubscr,
    /// `(a b -- a op b)`
    BinaryOp(BinOp),
    /// `(a b -- a op= b)`
    InplaceOp(BinOp),
    /// `(a -- op a)`
    UnaryOp(UnOp),
    /// `(a b -- bool-ish)`
    CompareOp(CmpOp),
    /// `(a b -- bool)` `is`, or `is not` when true.
    IsOp(bool),
    /// `(a b -- bool)` `in`, or `not in` when true.
    ContainsOp(bool),
    /// `( -- )`
    Jump(u32),
    /// `(cond -- )`
    PopJumpIfFalse(u32),
    /// `(cond -- )`
    PopJumpIfTrue(u32),
    /// `(cond -- cond)` if jumping, else `(cond -- )`.
    JumpIfFalseOrPop(u32),
    /// `(cond -- cond)` if jumping, else `(cond -- )`.
    JumpIfTrueOrPop(u32),
    /// `(iterable -- iterator)`
    GetIter,
    /// `(iter -- iter next)`, or `(iter -- )` and jump when exhausted.
    ForIter(u32),
    /// `ForIter(t)` fused with the `StoreFast(i)` after it, which stays in place: a
    /// list, tuple or range item goes straight into local `i` and the `StoreFast` is
    /// skipped; other iterators (generators) push the item and the `StoreFast` runs.
    ForIterStore(u32, u32),
    /// `(value -- )`
    Pop,
    /// `(x_n ... x_1 -- x_n ... x_1 x_n)`
    Copy(u32),
    /// `(x_n ... x_1 -- x_1 ... x_n)` exchanges top and nth.
    Swap(u32),
    /// `(items*n -- tuple)`
    BuildTuple(u32),
    /// `(items*n -- list)`
    BuildList(u32),
    /// `(items*n -- set)`
    BuildSet(u32),
    /// `((key value)*n -- dict)`
    BuildMap(u32),
    /// `(start stop [step] -- slice)`
    BuildSlice(u32),
    /// `(strs*n -- str)`
    BuildString(u32),
    /// `(list ...(n-1) item -- list ...)` appends to the list n deep (after popping).
    ListAppend(u32),
    /// `(set ... item -- set ...)`
    SetAdd(u32),
    /// `(dict ... key value -- dict ...)`
    MapAdd(u32),
    /// `(list ... iterable -- list ...)`
    ListExtend(u32),
    /// `(set ... iterable -- set ...)`
    SetUpdate(u32),
    /// `(dict ... mapping -- dict ...)`
    DictUpdate(u32),
    /// `(dict ... mapping -- dict ...)` for `**` in calls: duplicate keys are an error.
    DictMerge(u32),
    /// `(list -- tuple)`
    ListToTuple,
    /// `(value [spec] -- str)` flags: see `FV_*`.
    FormatValue(u8),
    /// `(seq -- item_n ... item_1)`
    UnpackSequence(u32),
    /// `(seq -- after.. list before..)` low 16 bits before, high 16 bits after the star.
    UnpackEx(u32),
    /// `([defaults] [kwdefaults] [closure] code -- function)` flags: see `MF_*`.
    MakeFunction(u8),
    /// `(f args*n -- result)`
    Call(u32),
    /// `(f self args*n -- result)` after `LoadMethod`.
    CallMethod(u32),
    /// `(f args*argc -- result)` the last `len(names)` args are keywords; names is a const tuple.
    CallKw(u32, u32),
    /// `(f self args*argc -- result)` keyword form of `CallMethod`.
    CallMethodKw(u32, u32),
    /// `(f args_tuple [kwargs_dict] -- result)`
    CallEx(bool),
    /// `(value -- )` returns from the frame.
    Return,
    /// `(value -- sent)` suspends the generator.
    YieldValue,
    /// `(iterable -- iter)` for `yield from`.
    GetYieldFromIter,
    /// `(obj -- awaitable_iter)` for `await`.
    GetAwaitable,
    /// `(iter value -- iter yielded)`; when the sub-iterator returns, `(iter value -- result)` and jump.
    Send(u32),
    /// `([exc [cause]] -- )` see `RAISE_*`.
    Raise(u8),
    /// `(exc -- )` re-raises keeping the traceback.
    Reraise,
    /// `(exc -- prev exc)` marks exc as being handled.
    PushExcInfo,
    /// `(prev -- )` restores the handled exception.
    PopExcept,
    /// `(prev exc -- )` restores the handled exception and re-raises exc.
    PopExceptReraise,
    /// `(exc type -- exc matched)`
    CheckExcMatch,
    /// `(exc type -- rest match true)` and marks match as handled when `except* type`
    /// matches exc or part of it, else `(exc type -- exc None false)`.
    CheckEgMatch,
    /// `(orig raised_list -- result reraise?)`: what an `except*` statement re-raises.
    PrepReraiseStar,
    /// `(mgr -- exit enter_result)`
    BeforeWith,
    /// `(mgr -- exit awaitable)` for `async with`.
    BeforeAsyncWith,
    /// `(exit prev exc -- exit prev exc result)` calls exit(type, exc, tb).
    WithExceptStart,
    /// `( -- __build_class__)`
    LoadBuildClass,
    /// `(level fromlist -- module)`
    ImportName(u32),
    /// `(module -- module value)`
    ImportFrom(u32),
    /// `(module -- )`
    ImportStar,
    /// `( -- AssertionError)`
    LoadAssertionError,
    /// `(aiterable -- aiter)`
    GetAIter,
    /// `(aiter -- aiter awaitable)`
    GetANext,
    /// `(aiter exc -- )` ends `async for` on StopAsyncIteration, else re-raises.
    EndAsyncFor,
    /// `(value -- )` prints a REPL expression's repr.
    PrintExpr,
    /// `( -- )` sets up `__annotations__` in a module or class namespace.
    SetupAnnotations,
    /// `(value -- wrapped)` marks a value yielded by an async generator (as opposed to
    /// one its awaits pass through to the event loop).
    AsyncGenWrap,
}

impl Instr {
    /// Net stack effect; `jump` selects the branch-taken effect of conditional jumps.
    pub fn stack_effect(&self, jump: bool) -> i32 {
        use Instr::*;
        match *self {
            Nop | Jump(_) | DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) => 0,
            LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_) => 1,
            LoadFastConst(..) | LoadFastFast(..) => 2,
            SubscrFastConst(..) | SubscrFastFast(..) => 1,
            StoreSubscrFastConst(..) | StoreSubscrFastFast(..) => -1,
            LoadGlobal(_) | LoadName(_) | LoadBuildClass | LoadAssertionError => 1,
            StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) => -1,
            LoadAttr(_) | GetIter | UnaryOp(_) | GetYieldFromIter | GetAwaitable | ListToTuple => 0,
            GetAIter | YieldValue | SetupAnnotations | AsyncGenWrap => 0,
            StoreAttr(_) => -2,
            DeleteAttr(_) => -1,
            LoadMethod(_) => 1,
            LoadSubscr | BinaryOp(_) | InplaceOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) => -1,
            StoreSubscr => -3,
            DeleteSubscr => -2,
            PopJumpIfFalse(_) | PopJumpIfTrue(_) => -1,
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
                if jump {
                    0
                } else {
                    -1
                }
            }
            ForIter(_) => {
                if jump {
                    -1
                } else {
                    1
                }
            }
            ForIterStore(..) => {
                if jump {
                    -1
                } else {
                    0
                }
            }
            Pop => -1,
            Copy(_) => 1,
            Swap(_) => 0,
            BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i32,
            BuildMap(n) => 1 - 2 * n as i32,
            BuildSlice(n) => 1 - n as i32,
            ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) => -1,
            DictUpdate(_) | DictMerge(_) => -1,
            MapAdd(_) => -2,
            FormatValue(f) => {
                if f & FV_HAS_SPEC != 0 {
                    -1
                } else {
                    0
                }
            }
            UnpackSequence(n) => n as i32 - 1,
            UnpackEx(n) => (n & 0xffff) as i32 + (n >> 16) as i32,
            MakeFunction(f) => {
                -((f & MF_DEFAULTS != 0) as i32
                    + (f & MF_KWDEFAULTS != 0) as i32
                    + (f & MF_CLOSURE != 0) as i32)
            }
            Call(n) => -(n as i32),
            CallMethod(n) => -(n as i32) - 1,
            CallKw(n, _) => -(n as i32),
            CallMethodKw(n, _) => -(n as i32) - 1,
            CallEx(kw) => -1 - kw as i32,
            Return => -1,
            Send(_) => {
                if jump {
                    -1
                } else {
                    0
                }
            }
            Raise(k) => -(k as i32),
            Reraise => -1,
            PushExcInfo => 1,
            PopExcept => -1,
            PopExceptReraise => -2,
            CheckExcMatch => 0,
            CheckEgMatch => 1,
            PrepReraiseStar => 0,
            BeforeWith | BeforeAsyncWith => 1,
            WithExceptStart => 1,
            ImportName(_) => -1,
            ImportFrom(_) => 1,
            ImportStar => -1,
            GetANext => 1,
            EndAsyncFor => -2,
            PrintExpr => -1,
        }
    }

    /// The jump target, if this instruction branches.
    pub fn target(&self) -> Option<u32> {
        use Instr::*;
        match *self {
            Jump(t)
            | PopJumpIfFalse(t)
            | PopJumpIfTrue(t)
            | JumpIfFalseOrPop(t)
            | JumpIfTrueOrPop(t)
            | ForIter(t)
            | ForIterStore(t, _)
            | Send(t) => Some(t),
            _ => None,
        }
    }

    pub fn set_target(&mut self, t: u32) {
        use Instr::*;
        match self {
            Jump(x)
            | PopJumpIfFalse(x)
            | PopJumpIfTrue(x)
            | JumpIfFalseOrPop(x)
            | JumpIfTrueOrPop(x)
            | ForIter(x)
            | ForIterStore(x, _)
            | Send(x) => *x = t,
            _ => {}
        }
    }

    /// Control never falls through to the next instruction.
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            Instr::Jump(_)
                | Instr::Return
                | Instr::Raise(_)
                | Instr::Reraise
                | Instr::PopExceptReraise
        )
    }
}

/// Forms the superinstructions after assembly (targets resolved): `LoadFast` with a
/// following `LoadConst`/`LoadFast`, those pairs with a `LoadSubscr`/`StoreSubscr`
/// after them, and `ForIter` with the `StoreFast` of its loop variable. The fused instruction does all and skips the rest, which stay in place:
/// jump targets, spans and the exception table keep their indices.
pub fn fuse_loads(instrs: &mut [Instr]) {
    for i in 0..instrs.len().saturating_sub(1) {
        if let Some(sub) = fused_subscr(instrs, i) {
            instrs[i] = sub;
            continue;
        }
        // A load whose successor starts a subscript stays single, so that the
        // subscript keeps its fusion.
        if fused_subscr(instrs, i + 1).is_some() {
            continue;
        }
        instrs[i] = match (instrs[i], instrs[i + 1]) {
            (Instr::LoadFast(a), Instr::LoadConst(c)) => Instr::LoadFastConst(a, c),
            (Instr::LoadFast(a), Instr::LoadFast(b)) => Instr::LoadFastFast(a, b),
            (Instr::ForIter(t), Instr::StoreFast(a)) => Instr::ForIterStore(t, a),
            (x, _) => x,
        };
    }
}

/// The subscript superinstruction starting at `i`, if the three there make one.
fn fused_subscr(instrs: &[Instr], i: usize) -> Option<Instr> {
    use Instr::*;
    let three = instrs.get(i..i + 3)?;
    Some(match (three[0], three[1], three[2]) {
        (LoadFast(a), LoadConst(c), LoadSubscr) => SubscrFastConst(a, c),
        (LoadFast(a), LoadFast(b), LoadSubscr) => SubscrFastFast(a, b),
        (LoadFast(a), LoadConst(c), StoreSubscr) => StoreSubscrFastConst(a, c),
        (LoadFast(a), LoadFast(b), StoreSubscr) => StoreSubscrFastFast(a, b),
        _ => return None,
    })
}
