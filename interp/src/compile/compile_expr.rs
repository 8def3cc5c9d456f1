//! Code generation for expressions: operators, calls (with the method-call shortcut),
//! literals and unpacking, f-strings, comprehensions, lambdas, yield and await, and
//! assignment / deletion targets.

use num_traits::ToPrimitive;
use skein_grammar::ast::*;

use crate::bytecode::{Instr, UnOp, FV_HAS_SPEC, MF_CLOSURE};
use crate::compile_stmt::{binop, FnBody};
use crate::compiler::{err, CResult, Compiler, Label};
use crate::pystr::interned;
use crate::symtable::node_key;
use crate::value::Value;
use skein_grammar::ast::CmpOp;

impl<'a> Compiler<'a> {
    pub fn expr(&mut self, e: &'a Expr) -> CResult {
        let old = self.set_span(e.span);
        let r = self.expr_inner(e);
        self.set_span(old);
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Constant { value, .. } => {
                let v = constant(value);
                self.load_const(v);
                Ok(())
            }
            ExprKind::Name { id, .. } => self.load_name(id),
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.anchor(left.span.end, right.span.start, false);
                self.emit(Instr::BinaryOp(binop(*op)));
                Ok(())
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                let u = match op {
                    UnaryOp::Invert => UnOp::Invert,
                    UnaryOp::Not => UnOp::Not,
                    UnaryOp::UAdd => UnOp::Pos,
                    UnaryOp::USub => UnOp::Neg,
                };
                self.emit(Instr::UnaryOp(u));
                Ok(())
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        let j = match op {
                            BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        };
                        self.emit_jump(j, end);
                    }
                }
                self.bind(end);
                Ok(())
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let n = self.name_index(attr);
                self.emit(Instr::LoadAttr(n));
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.anchor(value.span.end, slice.span.end, true);
                self.emit(Instr::LoadSubscr);
                Ok(())
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt_expr(lower.as_deref())?;
                self.opt_expr(upper.as_deref())?;
                let mut n = 2;
                if let Some(s) = step {
                    self.expr(s)?;
                    n = 3;
                }
                self.emit(Instr::BuildSlice(n));
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => self.sequence(elts, Seq::Tuple),
            ExprKind::List { elts, .. } => self.sequence(elts, Seq::List),
            ExprKind::Set { elts } => self.sequence(elts, Seq::Set),
            ExprKind::Dict { keys, values } => self.dict(keys, values),
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.expr(body)?;
                self.emit_jump(Instr::Jump(0), end);
                self.bind(else_l);
                self.expr(orelse)?;
                self.bind(end);
                Ok(())
            }
            ExprKind::Lambda { args, body } => {
                let line = self.line_of(e.span);
                self.make_function(node_key(e), "<lambda>", args, FnBody::Expr(body), line)
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::Copy(1));
                self.store_target(target)
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", generators, CompKind::List(elt))
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", generators, CompKind::Set(elt))
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", generators, CompKind::Dict(key, value)),
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", generators, CompKind::Gen(elt))
            }
            ExprKind::Yield { value } => {
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                if self.unit().flags & crate::code::CO_ASYNC_GENERATOR != 0 {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
                Ok(())
            }
            ExprKind::YieldFrom { value } => {
                self.expr(value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Value::None);
                self.send_loop()
            }
            ExprKind::Await { value } => {
                self.expr(value)?;
                self.emit(Instr::GetAwaitable);
                self.await_loop()
            }
            ExprKind::JoinedStr { values } => self.joined_str(values),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => self.formatted_value(value, *conversion, format_spec.as_deref()),
            ExprKind::Starred { .. } => Err(err("can't use starred expression here", e.span)),
        }
    }

    pub fn opt_expr(&mut self, e: Option<&'a Expr>) -> CResult {
        match e {
            Some(e) => self.expr(e),
            None => {
                self.load_const(Value::None);
                Ok(())
            }
        }
    }

    /// `(awaitable_iter -- result)`: the await / yield-from delegation loop.
    pub fn await_loop(&mut self) -> CResult {
        self.load_const(Value::None);
        self.send_loop()
    }

    fn send_loop(&mut self) -> CResult {
        let lp = self.new_label();
        let exit = self.new_label();
        self.bind(lp);
        self.emit_jump(Instr::Send(0), exit);
        self.emit(Instr::YieldValue);
        self.emit_jump(Instr::Jump(0), lp);
        self.bind(exit);
        Ok(())
    }

    /// Evaluates `test` and jumps to `target` when its truth equals `when`.
    pub fn jump_if(&mut self, test: &'a Expr, when: bool, target: Label) -> CResult {
        match &test.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !when, target),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOp::And;
                // `a and b` jumps on false as soon as one is false; on true only if all are.
                if is_and != when {
                    for v in values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = values.len();
                    for (i, v) in values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, target)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            ExprKind::Constant { value, .. } if const_truth(value) == Some(when) => {
                self.emit_jump(Instr::Jump(0), target);
                return Ok(());
            }
            ExprKind::Constant { value, .. } if const_truth(value) == Some(!when) => {
                return Ok(());
            }
            _ => {}
        }
        self.expr(test)?;
        let j = if when {
            Instr::PopJumpIfTrue(0)
        } else {
            Instr::PopJumpIfFalse(0)
        };
        self.emit_jump(j, target);
        Ok(())
    }

    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], rest: &'a [Expr]) -> CResult {
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&rest[0])?;
            self.emit(cmp_instr(ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, r)) in ops.iter().zip(rest.iter()).enumerate() {
            self.expr(r)?;
            if i + 1 < ops.len() {
                self.emit(Instr::Swap(2));
                self.emit(Instr::Copy(2));
                self.emit(cmp_instr(*op));
                self.emit_jump(Instr::JumpIfFalseOrPop(0), cleanup);
            } else {
                self.emit(cmp_instr(*op));
            }
        }
        self.emit_jump(Instr::Jump(0), end);
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::Pop);
        self.bind(end);
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        let has_star = args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none());
        if has_star {
            self.expr(func)?;
            return self.call_ex(args, keywords);
        }
        let method = match &func.kind {
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let n = self.name_index(attr);
                let old = self.set_span(func.span);
                self.emit(Instr::LoadMethod(n));
                self.set_span(old);
                true
            }
            _ => {
                self.expr(func)?;
                false
            }
        };
        for a in args {
            self.expr(a)?;
        }
        let mut names = Vec::new();
        for k in keywords {
            self.expr(&k.value)?;
            names.push(interned(k.arg.as_deref().unwrap_or("")));
        }
        let argc = (args.len() + keywords.len()) as u32;
        let instr = match (method, names.is_empty()) {
            (true, true) => Instr::CallMethod(argc),
            (false, true) => Instr::Call(argc),
            (m, false) => {
                let t = self.add_const(crate::tuple::new_tuple(names));
                if m {
                    Instr::CallMethodKw(argc, t)
                } else {
                    Instr::CallKw(argc, t)
                }
            }
        };
        self.emit(instr);
        Ok(())
    }

    fn call_ex(&mut self, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        if args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
        {
            self.emit(Instr::BuildList(0));
            for a in args {
                match &a.kind {
                    ExprKind::Starred { value, .. } => {
                        self.expr(value)?;
                        self.emit(Instr::ListExtend(1));
                    }
                    _ => {
                        self.expr(a)?;
                        self.emit(Instr::ListAppend(1));
                    }
                }
            }
            self.emit(Instr::ListToTuple);
        } else {
            // Only `**` makes this an extended call: the positional part is a tuple.
            for a in args {
                self.expr(a)?;
            }
            self.emit(Instr::BuildTuple(args.len() as u32));
        }
        if keywords.is_empty() {
            self.emit(Instr::CallEx(false));
            return Ok(());
        }
        if let [Keyword {
            arg: None, value, ..
        }] = keywords
        {
            // A lone `**m`: `CallEx` copies the mapping itself (and checks it is one).
            self.expr(value)?;
            self.emit(Instr::CallEx(true));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for k in keywords {
            match &k.arg {
                Some(n) => {
                    self.load_const(interned(n));
                    self.expr(&k.value)?;
                    self.emit(Instr::BuildMap(1));
                    self.emit(Instr::DictMerge(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.emit(Instr::CallEx(true));
        Ok(())
    }

    fn sequence(&mut self, elts: &'a [Expr], kind: Seq) -> CResult {
        if kind == Seq::Tuple {
            if let Some(vals) = elts.iter().map(const_value).collect::<Option<Vec<_>>>() {
                if !vals.is_empty() {
                    let t = crate::tuple::new_tuple(vals);
                    self.load_const(t);
                    return Ok(());
                }
            }
        }
        if kind == Seq::Set && elts.len() > 2 {
            if let Some(vals) = elts.iter().map(const_value).collect::<Option<Vec<_>>>() {
                if let Some(fs) = crate::set_ops::const_frozenset(&vals) {
                    self.emit(Instr::BuildSet(0));
                    self.load_const(fs);
                    self.emit(Instr::SetUpdate(1));
                    return Ok(());
                }
            }
        }
        let starred = elts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !starred {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                Seq::Tuple => Instr::BuildTuple(n),
                Seq::List => Instr::BuildList(n),
                Seq::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        let is_set = kind == Seq::Set;
        self.emit(if is_set {
            Instr::BuildSet(0)
        } else {
            Instr::BuildList(0)
        });
        for e in elts {
            match &e.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(if is_set {
                        Instr::SetUpdate(1)
                    } else {
                        Instr::ListExtend(1)
                    });
                }
                _ => {
                    self.expr(e)?;
                    self.emit(if is_set {
                        Instr::SetAdd(1)
                    } else {
                        Instr::ListAppend(1)
                    });
                }
            }
        }
        if kind == Seq::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let has_splat = keys.iter().any(|k| k.is_none());
        if !has_splat {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Instr::BuildMap(keys.len() as u32));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.expr(v)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn joined_str(&mut self, values: &'a [Expr]) -> CResult {
        if values.is_empty() {
            self.load_const(interned(""));
            return Ok(());
        }
        for v in values {
            self.expr(v)?;
        }
        if values.len() > 1 {
            self.emit(Instr::BuildString(values.len() as u32));
        } else if matches!(values[0].kind, ExprKind::Constant { .. }) {
            // A lone literal part is already a str.
        }
        Ok(())
    }

    fn formatted_value(
        &mut self,
        value: &'a Expr,
        conv: Conversion,
        spec: Option<&'a Expr>,
    ) -> CResult {
        self.expr(value)?;
        let mut flags = match conv {
            Conversion::None => 0,
            Conversion::Str => 1,
            Conversion::Repr => 2,
            Conversion::Ascii => 3,
        };
        if let Some(s) = spec {
            self.expr(s)?;
            flags |= FV_HAS_SPEC;
        }
        self.emit(Instr::FormatValue(flags));
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        name: &str,
        gens: &'a [Comprehension],
        kind: CompKind<'a>,
    ) -> CResult {
        let scope = self.st.by_node[&node_key(e)];
        let line = self.line_of(e.span);
        let qualname = format!("{}.{}", self.comp_qual_prefix(), name);
        self.expr(&gens[0].iter)?;
        self.emit(if gens[0].is_async {
            Instr::GetAIter
        } else {
            Instr::GetIter
        });
        self.push_unit(scope, name.to_string(), qualname, line);
        self.units_mut().argcount = 1;
        let sc = &self.st.scopes[scope];
        let is_gen = matches!(kind, CompKind::Gen(_));
        if is_gen && sc.allows_await && gens.iter().any(|g| g.is_async) {
            self.units_mut().flags |= crate::code::CO_ASYNC_GENERATOR;
        } else if is_gen {
            self.units_mut().flags |= crate::code::CO_GENERATOR;
        } else if gens.iter().any(|g| g.is_async) {
            self.units_mut().flags |= crate::code::CO_COROUTINE;
        }
        match kind {
            CompKind::List(_) => self.emit(Instr::BuildList(0)),
            CompKind::Set(_) => self.emit(Instr::BuildSet(0)),
            CompKind::Dict(..) => self.emit(Instr::BuildMap(0)),
            CompKind::Gen(_) => {}
        }
        self.comp_generator(gens, 0, &kind)?;
        if is_gen {
            self.load_const(Value::None);
        }
        self.emit(Instr::Return);
        let freevars = self.unit().freevars.clone();
        let code = self.finish_unit();
        let mut flags = 0;
        if !freevars.is_empty() {
            for f in &freevars {
                self.load_closure(f)?;
            }
            self.emit(Instr::BuildTuple(freevars.len() as u32));
            flags |= MF_CLOSURE;
        }
        let ci = self.code_const(code);
        self.emit(Instr::LoadConst(ci));
        self.emit(Instr::MakeFunction(flags));
        self.emit(Instr::Swap(2));
        self.emit(Instr::Call(1));
        if !is_gen && gens.iter().any(|g| g.is_async) {
            self.emit(Instr::GetAwaitable);
            self.await_loop()?;
        }
        Ok(())
    }

    fn comp_qual_prefix(&self) -> String {
        let u = self.unit();
        match self.scope_kind() {
            crate::symtable::ScopeKind::Function => format!("{}.<locals>", u.qualname),
            crate::symtable::ScopeKind::Class => u.qualname.clone(),
            crate::symtable::ScopeKind::Module => String::new(),
        }
        .trim_start_matches('.')
        .to_string()
    }

    fn comp_generator(
        &mut self,
        gens: &'a [Comprehension],
        i: usize,
        kind: &CompKind<'a>,
    ) -> CResult {
        let g = &gens[i];
        let start = self.new_label();
        let end = self.new_label();
        let if_cleanup = self.new_label();
        if i == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async {
                Instr::GetAIter
            } else {
                Instr::GetIter
            });
        }
        self.bind(start);
        let except = self.new_label();
        if g.is_async {
            self.push_handler(except);
            self.emit(Instr::GetANext);
            self.await_loop()?;
            self.pop_handler();
        } else {
            self.emit_jump(Instr::ForIter(0), end);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, if_cleanup)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, kind)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(depth));
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd(depth));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(depth));
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    if self.unit().flags & crate::code::CO_ASYNC_GENERATOR != 0 {
                        self.emit(Instr::AsyncGenWrap);
                    }
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::Pop);
                }
            }
        }
        self.bind(if_cleanup);
        self.emit_jump(Instr::Jump(0), start);
        if g.is_async {
            self.bind(except);
            self.emit(Instr::EndAsyncFor);
        }
        self.bind(end);
        Ok(())
    }

    pub fn store_target(&mut self, t: &'a Expr) -> CResult {
        let old = self.set_span(t.span);
        let r = self.store_target_inner(t);
        self.set_span(old);
        r
    }

    fn store_target_inner(&mut self, t: &'a Expr) -> CResult {
        match &t.kind {
            ExprKind::Name { id, .. } => self.store_name(id),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let n = self.name_index(attr);
                self.emit(Instr::StoreAttr(n));
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.anchor(value.span.end, slice.span.end, true);
                self.emit(Instr::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let star = elts
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred { .. }));
                match star {
                    None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
                    Some(i) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e.kind, ExprKind::Starred { .. }))
                            .count()
                            > 1
                        {
                            return Err(err("multiple starred expressions in assignment", t.span));
                        }
                        let after = elts.len() - i - 1;
                        self.emit(Instr::UnpackEx(i as u32 | ((after as u32) << 16)));
                    }
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.store_target(value)?,
                        _ => self.store_target(e)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred { .. } => Err(err(
                "starred assignment target must be in a list or tuple",
                t.span,
            )),
            _ => Err(err(format!("cannot assign to {}", describe(t)), t.span)),
        }
    }

    pub fn delete_target(&mut self, t: &'a Expr) -> CResult {
        match &t.kind {
            ExprKind::Name { id, .. } => self.delete_name(id),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let n = self.name_index(attr);
                self.emit(Instr::DeleteAttr(n));
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::DeleteSubscr);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            _ => Err(err(format!("cannot delete {}", describe(t)), t.span)),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Seq {
    Tuple,
    List,
    Set,
}

enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

fn cmp_instr(op: CmpOp) -> Instr {
    use crate::bytecode::CmpOp as C;
    match op {
        CmpOp::Eq => Instr::CompareOp(C::Eq),
        CmpOp::NotEq => Instr::CompareOp(C::Ne),
        CmpOp::Lt => Instr::CompareOp(C::Lt),
        CmpOp::LtE => Instr::CompareOp(C::Le),
        CmpOp::Gt => Instr::CompareOp(C::Gt),
        CmpOp::GtE => Instr::CompareOp(C::Ge),
        CmpOp::Is => Instr::IsOp(false),
        CmpOp::IsNot => Instr::IsOp(true),
        CmpOp::In => Instr::ContainsOp(false),
        CmpOp::NotIn => Instr::ContainsOp(true),
    }
}

fn const_truth(c: &Constant) -> Option<bool> {
    match c {
        Constant::None => Some(false),
        Constant::Bool(b) => Some(*b),
        Constant::Int(i) => Some(i.to_i64() != Some(0)),
        Constant::Str(s) => Some(!s.is_empty()),
        _ => None,
    }
}

pub fn constant(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Str(s) => interned(s),
        Constant::Bytes(b) => crate::bytes::new_bytes(b.clone()),
        Constant::Int(i) => crate::int::from_bigint(i.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex { real, imag } => crate::complex::new_complex(*real, *imag),
        Constant::Ellipsis => crate::singletons::ellipsis(),
    }
}

fn const_value(e: &Expr) -> Option<Value> {
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(constant(value)),
        ExprKind::Tuple { elts, .. } => {
            let vals = elts.iter().map(const_value).collect::<Option<Vec<_>>>()?;
            Some(crate::tuple::new_tuple(vals))
        }
        // `-1` is a constant after CPython's AST optimizer.
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match const_value(operand)? {
            Value::Int(i) => Some(Value::Int(i.checked_neg()?)),
            Value::Float(f) => Some(Value::Float(-f)),
            _ => None,
        },
        _ => None,
    }
}

fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Call { .. } => "function call",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::NamedExpr { .. } => "named expression",
        _ => "expression",
    }
}
