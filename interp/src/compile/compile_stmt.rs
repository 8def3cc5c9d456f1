//! Code generation for statements: assignment, control flow, try/except/finally, with,
//! function and class definitions, imports, and the unwinding of `return`/`break`/`continue`.

use skein_grammar::ast::*;
use skein_grammar::Span;

use crate::bytecode::*;
use crate::code::*;
use crate::compiler::{err, CResult, Compiler, FBlock, FKind, Label};
use crate::pystr::interned;
use crate::symtable::{node_key, NameScope, ScopeKind};
use crate::value::Value;

impl<'a> Compiler<'a> {
    pub fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> CResult {
        let old = self.set_span(s.span);
        let r = self.stmt_inner(s);
        self.set_span(old);
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(f, s),
            StmtKind::ClassDef(c) => self.class_def(c, s),
            StmtKind::Return { value } => self.return_stmt(value.as_deref(), s),
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Copy(1));
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                value,
                annotation,
                simple,
            } => self.ann_assign(target, annotation, value.as_deref(), *simple),
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async {
                    self.async_for(target, iter, body, orelse)
                } else {
                    self.for_stmt(target, iter, body, orelse)
                }
            }
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit_jump(Instr::Jump(0), end);
                }
                self.bind(else_l);
                self.stmts(orelse)?;
                self.bind(end);
                Ok(())
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => self.with_stmt(items, body, *is_async),
            StmtKind::Raise { exc, cause } => {
                let mut kind = RAISE_RERAISE;
                if let Some(e) = exc {
                    self.expr(e)?;
                    kind = RAISE_EXC;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        kind = RAISE_FROM;
                    }
                }
                self.emit(Instr::Raise(kind));
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse, *is_star)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, *is_star)
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                // CPython points the failure at the asserted expression.
                self.set_span(test.span);
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(RAISE_EXC));
                self.bind(end);
                Ok(())
            }
            StmtKind::Import { names } => self.import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_deref(), names, *level),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } | StmtKind::Pass => Ok(()),
            StmtKind::Expr { value } => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(value)?;
                    self.emit(Instr::PrintExpr);
                    return Ok(());
                }
                if let ExprKind::Constant { .. } = value.kind {
                    return Ok(());
                }
                self.expr(value)?;
                self.emit(Instr::Pop);
                Ok(())
            }
            StmtKind::Break => self.break_continue(true, s),
            StmtKind::Continue => self.break_continue(false, s),
        }
    }

    fn ann_assign(
        &mut self,
        target: &'a Expr,
        ann: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        let top = self.scope_kind() != ScopeKind::Function;
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        }
        if top && simple {
            if let ExprKind::Name { id, .. } = &target.kind {
                self.expr(ann)?;
                self.emit(Instr::SetupAnnotations);
                self.load_name("__annotations__")?;
                self.load_const(interned(id));
                self.emit(Instr::StoreSubscr);
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> CResult {
        let op = binop(op);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.load_name(id)?;
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.store_name(id)
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Instr::Copy(1));
                let n = self.name_index(attr);
                self.emit(Instr::LoadAttr(n));
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(n));
                Ok(())
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                // `local[const or local] op= value` loads the container and key again for
                // the store instead of keeping copies on the stack, so both ends become
                // subscript superinstructions: the same objects, as nothing in `value`
                // can rebind a local of this frame.
                let reload = self.is_fast_local(obj)
                    && (matches!(slice.kind, ExprKind::Constant { .. })
                        || self.is_fast_local(slice))
                    && keeps_locals(value);
                self.expr(obj)?;
                self.expr(slice)?;
                if !reload {
                    self.emit(Instr::Copy(2));
                    self.emit(Instr::Copy(2));
                }
                self.subscr_at(target, obj, slice, Instr::LoadSubscr);
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                if reload {
                    self.expr(obj)?;
                    self.expr(slice)?;
                } else {
                    self.emit(Instr::Swap(3));
                    self.emit(Instr::Swap(2));
                }
                self.subscr_at(target, obj, slice, Instr::StoreSubscr);
                Ok(())
            }
            _ => Err(err(
                "'expression' is an illegal expression for augmented assignment",
                target.span,
            )),
        }
    }

    /// Emits a subscript instruction of an augmented assignment with the target's span
    /// and `~^^^` anchors, as CPython 3.11 reports its errors.
    fn subscr_at(&mut self, target: &'a Expr, obj: &'a Expr, slice: &'a Expr, i: Instr) {
        let old = self.set_span(target.span);
        self.anchor(obj.span.end, slice.span.end, true);
        self.emit(i);
        self.set_span(old);
    }

    /// `e` is a name that compiles to `LoadFast`.
    fn is_fast_local(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name { id, .. } => matches!(
                (self.name_scope(id), self.scope_kind()),
                (NameScope::Local, ScopeKind::Function)
            ),
            _ => false,
        }
    }

    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let start = self.new_label();
        let else_l = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.jump_if(test, false, else_l)?;
        self.loop_body(FKind::WhileLoop, start, exit, body)?;
        self.bind(else_l);
        self.stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.expr(iter)?;
        self.emit(Instr::GetIter);
        self.bind(start);
        self.emit_jump(Instr::ForIter(0), cleanup);
        self.store_target(target)?;
        self.loop_body(FKind::ForLoop, start, exit, body)?;
        self.bind(cleanup);
        self.stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let start = self.new_label();
        let except = self.new_label();
        let exit = self.new_label();
        self.expr(iter)?;
        self.emit(Instr::GetAIter);
        self.bind(start);
        self.push_handler(except);
        self.emit(Instr::GetANext);
        self.await_loop()?;
        self.pop_handler();
        self.store_target(target)?;
        self.loop_body(FKind::AsyncForLoop, start, exit, body)?;
        self.bind(except);
        self.emit(Instr::EndAsyncFor);
        self.stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    /// A loop's body between its head (`start`, where `continue` goes) and `exit`
    /// (where `break` goes), then the jump back to the head.
    fn loop_body(&mut self, kind: FKind, start: Label, exit: Label, body: &'a [Stmt]) -> CResult {
        self.push_fblock(kind, start, exit, &[], None);
        self.stmts(body)?;
        self.units_mut().fblocks.pop();
        self.emit_jump(Instr::Jump(0), start);
        Ok(())
    }

    pub fn push_fblock(
        &mut self,
        kind: FKind,
        start: Label,
        exit: Label,
        finalbody: &'a [Stmt],
        name: Option<&'a str>,
    ) {
        let handlers_outside = self.unit().handlers.len();
        self.units_mut().fblocks.push(FBlock {
            kind,
            start,
            exit,
            finalbody,
            name,
            handlers_outside,
        });
    }

    /// CPython's error for leaving an `except*` clause by a jump, if the innermost
    /// `from..` blocks include one.
    fn check_except_star_exit(&self, from: usize, span: Span) -> CResult {
        if self.unit().fblocks[from..]
            .iter()
            .any(|f| f.kind == FKind::ExceptStarHandler)
        {
            return Err(err(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                span,
            ));
        }
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, s: &'a Stmt) -> CResult {
        let fblocks = self.unit().fblocks.clone();
        let loop_at = fblocks.iter().rposition(|f| {
            matches!(
                f.kind,
                FKind::WhileLoop | FKind::ForLoop | FKind::AsyncForLoop
            )
        });
        self.check_except_star_exit(loop_at.map_or(0, |i| i + 1), s.span)?;
        let Some(li) = loop_at else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(err(msg, s.span));
        };
        let saved_handlers = self.unit().handlers.clone();
        for i in (li + 1..fblocks.len()).rev() {
            self.unwind_fblock(&fblocks, i, false)?;
        }
        let lp = &fblocks[li];
        if is_break {
            self.unit_handlers_truncate(lp.handlers_outside);
            if lp.kind != FKind::WhileLoop {
                self.emit(Instr::Pop);
            }
            self.emit_jump(Instr::Jump(0), lp.exit);
        } else {
            self.emit_jump(Instr::Jump(0), lp.start);
        }
        self.units_mut().handlers = saved_handlers;
        self.units_mut().fblocks = fblocks;
        Ok(())
    }

    fn unit_handlers_truncate(&mut self, n: usize) {
        self.units_mut().handlers.truncate(n);
    }

    fn return_stmt(&mut self, value: Option<&'a Expr>, s: &'a Stmt) -> CResult {
        if self.scope_kind() != ScopeKind::Function {
            return Err(err("'return' outside function", s.span));
        }
        let sc = &self.st.scopes[self.unit().scope];
        if value.is_some() && sc.is_generator && sc.is_coroutine {
            return Err(err("'return' with value in async generator", s.span));
        }
        // CPython reports it after compiling the value, at the value's location.
        self.check_except_star_exit(0, value.map_or(s.span, |v| v.span))?;
        match value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Value::None),
        }
        let fblocks = self.unit().fblocks.clone();
        let saved_handlers = self.unit().handlers.clone();
        for i in (0..fblocks.len()).rev() {
            self.unwind_fblock(&fblocks, i, true)?;
        }
        self.emit(Instr::Return);
        self.units_mut().handlers = saved_handlers;
        self.units_mut().fblocks = fblocks;
        Ok(())
    }

    /// Emits the exit code of `fblocks[i]` for a jump out of it; `preserve` keeps a
    /// return value on top of the stack.
    fn unwind_fblock(&mut self, fblocks: &[FBlock<'a>], i: usize, preserve: bool) -> CResult {
        let fb = fblocks[i].clone();
        self.unit_handlers_truncate(fb.handlers_outside);
        match fb.kind {
            FKind::WhileLoop | FKind::TryExcept | FKind::ExceptStarHandler => {}
            FKind::ForLoop | FKind::AsyncForLoop => {
                if preserve {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::Pop);
            }
            FKind::FinallyTry => {
                let saved = std::mem::replace(&mut self.units_mut().fblocks, fblocks[..i].to_vec());
                self.stmts(fb.finalbody)?;
                self.units_mut().fblocks = saved;
            }
            FKind::FinallyEnd => {
                if preserve {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::Pop);
                if preserve {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
            }
            FKind::With | FKind::AsyncWith => {
                if preserve {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_with_nones(fb.kind == FKind::AsyncWith)?;
            }
            FKind::HandlerCleanup => {
                if preserve {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
                if let Some(n) = fb.name {
                    self.clear_name(n)?;
                }
            }
        }
        Ok(())
    }

    fn call_exit_with_nones(&mut self, is_async: bool) -> CResult {
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(Instr::Call(3));
        if is_async {
            self.emit(Instr::GetAwaitable);
            self.await_loop()?;
        }
        self.emit(Instr::Pop);
        Ok(())
    }

    fn clear_name(&mut self, n: &str) -> CResult {
        self.load_const(Value::None);
        self.store_name(n)?;
        self.delete_name(n)
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        is_star: bool,
    ) -> CResult {
        if is_star {
            return self.try_star(body, handlers, orelse);
        }
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let base = self.depth();
        self.try_body(body, orelse, handler, end)?;

        self.bind(handler);
        self.emit(Instr::PushExcInfo);
        self.push_handler_at(cleanup, base + 1);
        for (i, h) in handlers.iter().enumerate() {
            let old = self.set_span(h.span);
            let next = self.new_label();
            match &h.type_ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit(Instr::CheckExcMatch);
                    self.emit_jump(Instr::PopJumpIfFalse(0), next);
                }
                None if i + 1 < handlers.len() => {
                    return Err(err("default 'except:' must be last", h.span));
                }
                None => {}
            }
            self.handler_body(h, end, base)?;
            self.bind(next);
            self.set_span(old);
        }
        self.pop_handler();
        self.emit(Instr::PopExceptReraise);
        self.bind(cleanup);
        self.emit(Instr::PopExceptReraise);
        self.bind(end);
        Ok(())
    }

    /// The guarded body (its exceptions go to `handler`), then `else`, then a jump to `end`.
    fn try_body(
        &mut self,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        handler: Label,
        end: Label,
    ) -> CResult {
        self.push_handler(handler);
        self.push_fblock(FKind::TryExcept, 0, 0, &[], None);
        self.stmts(body)?;
        self.units_mut().fblocks.pop();
        self.pop_handler();
        self.stmts(orelse)?;
        self.emit_jump(Instr::Jump(0), end);
        Ok(())
    }

    /// `try: ... except* T as e: ...` as CPython 3.11 compiles it: each clause takes the
    /// matching part of the exception (`CheckEgMatch`); what the clauses raise and the
    /// unmatched rest are collected in a list and combined by `PrepReraiseStar`.
    fn try_star(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise = self.new_label();
        let base = self.depth();
        self.try_body(body, orelse, handler, end)?;

        // Stack from here: prev, orig, raised list, exception left to match.
        self.bind(handler);
        self.emit(Instr::PushExcInfo);
        self.push_handler_at(cleanup, base + 1);
        self.emit(Instr::Copy(1));
        self.emit(Instr::BuildList(0));
        self.emit(Instr::Swap(2));
        for h in handlers {
            let old = self.set_span(h.span);
            let Some(t) = &h.type_ else {
                return Err(err("expected one or more exception types", h.span));
            };
            let no_match = self.new_label();
            let next = self.new_label();
            let raised = self.new_label();
            self.expr(t)?;
            self.emit(Instr::CheckEgMatch);
            self.emit_jump(Instr::PopJumpIfFalse(0), no_match);
            match &h.name {
                Some(n) => self.store_name(n)?,
                None => self.emit(Instr::Pop),
            }
            self.push_handler_at(raised, base + 4);
            self.push_fblock(FKind::ExceptStarHandler, 0, 0, &[], None);
            self.stmts(&h.body)?;
            self.units_mut().fblocks.pop();
            self.pop_handler();
            if let Some(n) = &h.name {
                self.clear_name(n)?;
            }
            self.emit_jump(Instr::Jump(0), next);
            // An exception raised by the clause joins the list.
            self.bind(raised);
            self.units_mut().depth = base + 5;
            if let Some(n) = &h.name {
                self.clear_name(n)?;
            }
            self.emit(Instr::ListAppend(2));
            self.emit_jump(Instr::Jump(0), next);
            self.bind(no_match);
            self.units_mut().depth = base + 5;
            self.emit(Instr::Pop);
            self.bind(next);
            self.units_mut().depth = base + 4;
            self.set_span(old);
        }
        self.emit(Instr::ListAppend(1));
        self.emit(Instr::PrepReraiseStar);
        self.emit_jump(Instr::PopJumpIfTrue(0), reraise);
        self.emit(Instr::Pop);
        self.pop_handler();
        self.emit(Instr::PopExcept);
        self.emit_jump(Instr::Jump(0), end);
        self.bind(reraise);
        self.units_mut().depth = base + 2;
        self.emit(Instr::PopExceptReraise);
        self.bind(cleanup);
        self.units_mut().depth = base + 2;
        self.emit(Instr::PopExceptReraise);
        self.bind(end);
        self.units_mut().depth = base;
        Ok(())
    }

    fn handler_body(&mut self, h: &'a ExceptHandler, end: Label, base: i32) -> CResult {
        match &h.name {
            Some(n) => {
                self.store_name(n)?;
                let name_cleanup = self.new_label();
                self.push_handler_at(name_cleanup, base + 1);
                self.push_fblock(FKind::HandlerCleanup, 0, 0, &[], Some(n.as_str()));
                self.stmts(&h.body)?;
                self.units_mut().fblocks.pop();
                self.pop_handler();
                self.emit(Instr::PopExcept);
                self.clear_name(n)?;
                self.emit_jump(Instr::Jump(0), end);
                self.bind(name_cleanup);
                self.clear_name(n)?;
                self.emit(Instr::PopExceptReraise);
            }
            None => {
                self.emit(Instr::Pop);
                self.push_fblock(FKind::HandlerCleanup, 0, 0, &[], None);
                self.stmts(&h.body)?;
                self.units_mut().fblocks.pop();
                self.emit(Instr::PopExcept);
                self.emit_jump(Instr::Jump(0), end);
            }
        }
        // The next clause starts with `prev exc` on the stack again.
        self.units_mut().depth = base + 2;
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> CResult {
        let fin = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let base = self.depth();
        self.push_handler(fin);
        self.push_fblock(FKind::FinallyTry, 0, 0, finalbody, None);
        if handlers.is_empty() {
            self.stmts(body)?;
            self.stmts(orelse)?;
        } else {
            self.try_except(body, handlers, orelse, is_star)?;
        }
        self.units_mut().fblocks.pop();
        self.pop_handler();
        self.stmts(finalbody)?;
        self.emit_jump(Instr::Jump(0), end);

        self.bind(fin);
        self.emit(Instr::PushExcInfo);
        self.push_handler_at(cleanup, base + 1);
        self.push_fblock(FKind::FinallyEnd, 0, 0, &[], None);
        self.stmts(finalbody)?;
        self.units_mut().fblocks.pop();
        self.pop_handler();
        self.emit(Instr::PopExceptReraise);
        self.bind(cleanup);
        self.emit(Instr::PopExceptReraise);
        self.bind(end);
        Ok(())
    }

    fn with_stmt(&mut self, items: &'a [WithItem], body: &'a [Stmt], is_async: bool) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(&item.context_expr)?;
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.await_loop()?;
        } else {
            self.emit(Instr::BeforeWith);
        }
        let base = self.depth() - 1;
        self.push_handler_at(handler, base);
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(Instr::Pop),
        }
        let kind = if is_async {
            FKind::AsyncWith
        } else {
            FKind::With
        };
        self.push_fblock(kind, 0, 0, &[], None);
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with_stmt(rest, body, is_async)?;
        }
        self.units_mut().fblocks.pop();
        self.pop_handler();
        self.call_exit_with_nones(is_async)?;
        self.emit_jump(Instr::Jump(0), end);

        self.bind(handler);
        self.emit(Instr::PushExcInfo);
        self.push_handler_at(cleanup, base + 1);
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.emit(Instr::GetAwaitable);
            self.await_loop()?;
        }
        let suppress = self.new_label();
        self.emit_jump(Instr::PopJumpIfTrue(0), suppress);
        self.emit(Instr::PopExceptReraise);
        self.bind(suppress);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.pop_handler();
        self.emit_jump(Instr::Jump(0), end);
        self.bind(cleanup);
        self.emit(Instr::PopExceptReraise);
        self.bind(end);
        Ok(())
    }

    fn import(&mut self, names: &'a [Alias]) -> CResult {
        for a in names {
            self.load_const(Value::Int(0));
            self.load_const(Value::None);
            let n = self.name_index(&a.name);
            self.emit(Instr::ImportName(n));
            match &a.asname {
                Some(asname) => {
                    for part in a.name.split('.').skip(1) {
                        let p = self.name_index(part);
                        self.emit(Instr::ImportFrom(p));
                        self.emit(Instr::Swap(2));
                        self.emit(Instr::Pop);
                    }
                    self.store_name(asname)?;
                }
                None => {
                    let first = a.name.split('.').next().unwrap_or("");
                    self.store_name(first)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, module: Option<&str>, names: &'a [Alias], level: u32) -> CResult {
        self.load_const(Value::Int(level as i64));
        let fromlist: Vec<Value> = names.iter().map(|a| interned(&a.name)).collect();
        let t = crate::tuple::new_tuple(fromlist);
        self.load_const(t);
        let n = self.name_index(module.unwrap_or(""));
        self.emit(Instr::ImportName(n));
        for a in names {
            if a.name == "*" {
                self.emit(Instr::ImportStar);
                return Ok(());
            }
            let i = self.name_index(&a.name);
            self.emit(Instr::ImportFrom(i));
            self.store_name(a.asname.as_deref().unwrap_or(&a.name))?;
        }
        self.emit(Instr::Pop);
        Ok(())
    }

    fn qualname_for(&self, name: &str) -> String {
        let u = self.unit();
        let sc = &self.st.scopes[u.scope];
        match sc.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            ScopeKind::Function => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Pushes defaults (tuple) and keyword defaults (dict); returns the MF flags.
    fn defaults(&mut self, a: &'a Arguments) -> CResult<u8> {
        let mut flags = 0;
        if !a.defaults.is_empty() {
            for d in &a.defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(a.defaults.len() as u32));
            flags |= MF_DEFAULTS;
        }
        let kw: Vec<(&Arg, &Expr)> = a
            .kwonlyargs
            .iter()
            .zip(a.kw_defaults.iter())
            .filter_map(|(k, d)| d.as_ref().map(|d| (k, d)))
            .collect();
        if !kw.is_empty() {
            for (k, d) in &kw {
                self.load_const(interned(&k.arg));
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kw.len() as u32));
            flags |= MF_KWDEFAULTS;
        }
        Ok(flags)
    }

    fn set_arg_counts(&mut self, a: &Arguments) {
        let u = self.units_mut();
        u.argcount = (a.posonlyargs.len() + a.args.len()) as u32;
        u.posonlyargcount = a.posonlyargs.len() as u32;
        u.kwonlyargcount = a.kwonlyargs.len() as u32;
        if a.vararg.is_some() {
            u.flags |= CO_VARARGS;
        }
        if a.kwarg.is_some() {
            u.flags |= CO_VARKEYWORDS;
        }
    }

    /// Compiles a function body in its own unit and emits `MakeFunction`.
    pub fn make_function(
        &mut self,
        key: usize,
        name: &str,
        args: &'a Arguments,
        body: FnBody<'a>,
        line: u32,
    ) -> CResult {
        let mut flags = self.defaults(args)?;
        let scope = self.st.by_node[&key];
        let qualname = self.qualname_for(name);
        let shared = self.scope_kind() != ScopeKind::Function;
        self.push_unit(scope, name.to_string(), qualname, line);
        self.set_arg_counts(args);
        let sc = &self.st.scopes[scope];
        if sc.is_generator && sc.is_coroutine {
            self.units_mut().flags |= CO_ASYNC_GENERATOR;
        } else if sc.is_generator {
            self.units_mut().flags |= CO_GENERATOR;
        } else if sc.is_coroutine {
            self.units_mut().flags |= CO_COROUTINE;
        }
        match body {
            FnBody::Stmts(b) => {
                if let Some(doc) = docstring(b) {
                    // consts[0] is the docstring, as in CPython; the flag says it is one.
                    if self.add_const(interned(doc)) == 0 {
                        self.units_mut().flags |= crate::code::CO_HAS_DOCSTRING;
                    }
                }
                let b = skip_docstring(b);
                self.stmts(b)?;
                if !self.is_unreachable() {
                    self.load_const(Value::None);
                    self.emit(Instr::Return);
                }
            }
            FnBody::Expr(e) => {
                self.expr(e)?;
                if self.st.scopes[scope].is_generator {
                    self.emit(Instr::Pop);
                    self.load_const(Value::None);
                }
                self.emit(Instr::Return);
            }
        }
        let freevars = self.unit().freevars.clone();
        let code = self.finish_unit();
        if !freevars.is_empty() {
            for f in &freevars {
                self.load_closure(f)?;
            }
            self.emit(Instr::BuildTuple(freevars.len() as u32));
            flags |= MF_CLOSURE;
        }
        if shared {
            flags |= MF_SHARED;
        }
        let ci = self.code_const(code);
        self.emit(Instr::LoadConst(ci));
        self.emit(Instr::MakeFunction(flags));
        Ok(())
    }

    pub fn load_closure(&mut self, name: &str) -> CResult {
        match self.cell_index(name) {
            Some(i) => {
                self.emit(Instr::LoadClosure(i));
                Ok(())
            }
            None => Err(err(
                format!("no cell for free variable '{name}'"),
                self.unit().span,
            )),
        }
    }

    fn function_def(&mut self, f: &'a FunctionDef, s: &'a Stmt) -> CResult {
        for d in &f.decorator_list {
            self.expr(d)?;
        }
        let line = self.line_of(s.span);
        self.make_function(node_key(f), &f.name, &f.args, FnBody::Stmts(&f.body), line)?;
        self.function_annotations(f)?;
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(&f.name)
    }

    /// Sets `__annotations__` on the function on top of the stack, evaluated at `def`
    /// time in the enclosing scope (CPython 3.11, no `from __future__ import annotations`).
    fn function_annotations(&mut self, f: &'a FunctionDef) -> CResult {
        let a = &f.args;
        let params = a
            .posonlyargs
            .iter()
            .chain(&a.args)
            .chain(a.vararg.as_ref())
            .chain(&a.kwonlyargs)
            .chain(a.kwarg.as_ref());
        let mut anns: Vec<(&str, &'a Expr)> = params
            .filter_map(|p| p.annotation.as_deref().map(|e| (p.arg.as_str(), e)))
            .collect();
        if let Some(r) = f.returns.as_deref() {
            anns.push(("return", r));
        }
        if anns.is_empty() {
            return Ok(());
        }
        self.emit(Instr::Copy(1));
        for (name, e) in &anns {
            self.load_const(interned(name));
            self.expr(e)?;
        }
        self.emit(Instr::BuildMap(anns.len() as u32));
        self.emit(Instr::Swap(2));
        let n = self.name_index("__annotations__");
        self.emit(Instr::StoreAttr(n));
        Ok(())
    }

    fn class_def(&mut self, c: &'a ClassDef, s: &'a Stmt) -> CResult {
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        self.emit(Instr::LoadBuildClass);
        let scope = self.st.by_node[&node_key(c)];
        let qualname = self.qualname_for(&c.name);
        let line = self.line_of(s.span);
        self.push_unit(scope, c.name.clone(), qualname.clone(), line);
        self.load_name("__name__")?;
        self.store_name("__module__")?;
        self.load_const(interned(&qualname));
        self.store_name("__qualname__")?;
        if let Some(doc) = docstring(&c.body) {
            self.load_const(interned(doc));
            self.store_name("__doc__")?;
        }
        self.stmts(&c.body)?;
        if self.st.scopes[scope].needs_class_cell {
            self.load_closure("__class__")?;
            self.store_name("__classcell__")?;
        }
        self.load_const(Value::None);
        self.emit(Instr::Return);
        let freevars = self.unit().freevars.clone();
        let code = self.finish_unit();
        let mut flags = MF_SHARED;
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
        self.load_const(interned(&c.name));
        for b in &c.bases {
            self.expr(b)?;
        }
        let mut names = Vec::new();
        for k in &c.keywords {
            match &k.arg {
                Some(n) => {
                    self.expr(&k.value)?;
                    names.push(interned(n));
                }
                None => return Err(err("**kwargs in class bases is not supported", k.span)),
            }
        }
        let argc = 2 + c.bases.len() as u32 + names.len() as u32;
        if names.is_empty() {
            self.emit(Instr::Call(argc));
        } else {
            let t = self.add_const(crate::tuple::new_tuple(names));
            self.emit(Instr::CallKw(argc, t));
        }
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(&c.name)
    }

    pub fn load_name(&mut self, n: &str) -> CResult {
        let i = self.name_op_index(n);
        let instr = match (self.name_scope(n), self.name_kind()) {
            (NameScope::Local, ScopeKind::Function) => Instr::LoadFast(self.var_index(n)),
            (NameScope::Local, ScopeKind::Class) => Instr::LoadName(i),
            (NameScope::Cell | NameScope::Free, ScopeKind::Class) => {
                Instr::LoadClassDeref(self.cell_index(n).unwrap_or(0))
            }
            (NameScope::Cell | NameScope::Free, _) => {
                Instr::LoadDeref(self.cell_index(n).unwrap_or(0))
            }
            (NameScope::GlobalImplicit, ScopeKind::Class) => Instr::LoadName(i),
            _ => Instr::LoadGlobal(i),
        };
        self.emit(instr);
        Ok(())
    }

    fn name_op_index(&mut self, n: &str) -> u32 {
        self.name_index(n)
    }

    pub fn store_name(&mut self, n: &str) -> CResult {
        let i = self.name_op_index(n);
        let instr = match (self.name_scope(n), self.name_kind()) {
            (NameScope::Local, ScopeKind::Function) => Instr::StoreFast(self.var_index(n)),
            (NameScope::Local | NameScope::GlobalImplicit, ScopeKind::Class) => Instr::StoreName(i),
            (NameScope::Cell | NameScope::Free, _) => {
                Instr::StoreDeref(self.cell_index(n).unwrap_or(0))
            }
            _ => Instr::StoreGlobal(i),
        };
        self.emit(instr);
        Ok(())
    }

    pub fn delete_name(&mut self, n: &str) -> CResult {
        let i = self.name_op_index(n);
        let instr = match (self.name_scope(n), self.name_kind()) {
            (NameScope::Local, ScopeKind::Function) => Instr::DeleteFast(self.var_index(n)),
            (NameScope::Local | NameScope::GlobalImplicit, ScopeKind::Class) => {
                Instr::DeleteName(i)
            }
            (NameScope::Cell | NameScope::Free, _) => {
                Instr::DeleteDeref(self.cell_index(n).unwrap_or(0))
            }
            _ => Instr::DeleteGlobal(i),
        };
        self.emit(instr);
        Ok(())
    }
}

pub enum FnBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr { value }) => match &value.kind {
            ExprKind::Constant {
                value: Constant::Str(s),
                ..
            } => Some(s),
            _ => None,
        },
        _ => None,
    }
}

fn skip_docstring(body: &[Stmt]) -> &[Stmt] {
    body
}

/// Evaluating `e` cannot rebind a local of the running frame: it holds no `:=` (nor
/// anything that could hide one: lambdas, comprehensions, yields are refused wholesale).
fn keeps_locals(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Constant { .. } => true,
        ExprKind::BinOp { left, right, .. } => keeps_locals(left) && keeps_locals(right),
        ExprKind::UnaryOp { operand, .. } => keeps_locals(operand),
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => keeps_locals(value),
        ExprKind::Subscript { value, slice, .. } => keeps_locals(value) && keeps_locals(slice),
        ExprKind::Compare {
            left, comparators, ..
        } => keeps_locals(left) && comparators.iter().all(keeps_locals),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            keeps_locals(func)
                && args.iter().all(keeps_locals)
                && keywords.iter().all(|k| keeps_locals(&k.value))
        }
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => elts.iter().all(keeps_locals),
        _ => false,
    }
}

pub fn binop(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Sub,
        Operator::Mult => BinOp::Mul,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDiv,
        Operator::Mod => BinOp::Mod,
        Operator::Pow => BinOp::Pow,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDiv,
    }
}
