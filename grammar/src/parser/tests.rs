//! Tests of the parser against CPython 3.11's trees and syntax errors.

use super::*;
use crate::dump::dump;

/// Source and CPython 3.11's `ast.dump(ast.parse(source))`.
const TREES: &[(&str, &str)] = &[
    ("a = b = c", "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"),
    ("a, *b = c", "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"),
    ("[a, (b, c)] = d", "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[])"),
    ("x: int = 1", "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1)], type_ignores=[])"),
    ("(x): int", "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"),
    ("x.y: int", "Module(body=[AnnAssign(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"),
    ("x += 1", "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])"),
    ("del a, b[0], c.d", "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())])], type_ignores=[])"),
    ("del (a, b)", "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del())])], type_ignores=[])"),
    ("import a.b.c as d, e", "Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')])], type_ignores=[])"),
    ("from ..pkg import (a as b, c,)", "Module(body=[ImportFrom(module='pkg', names=[alias(name='a', asname='b'), alias(name='c')], level=2)], type_ignores=[])"),
    ("from . import x", "Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])"),
    ("from ... import y", "Module(body=[ImportFrom(names=[alias(name='y')], level=3)], type_ignores=[])"),
    ("from m import *", "Module(body=[ImportFrom(module='m', names=[alias(name='*')], level=0)], type_ignores=[])"),
    ("if a:\n    pass\nelif b:\n    pass\nelse:\n    pass", "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[])"),
    ("while x:\n    break\nelse:\n    continue", "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])"),
    ("for x, y in z:\n    pass\nelse:\n    pass", "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"),
    ("try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass", "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"),
    ("try:\n    pass\nexcept* E:\n    pass", "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"),
    ("with a as b, c:\n    pass", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])"),
    ("with (a as b, c):\n    pass", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])"),
    ("with (a, b):\n    pass", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"),
    ("with (a, b) as c:\n    pass", "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"),
    ("with ((a, b)):\n    pass", "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], body=[Pass()])], type_ignores=[])"),
    ("@d\n@e.f(g)\nasync def f(a, /, b=1, *c, d, e=2, **f) -> int:\n    return", "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='f'), defaults=[Constant(value=1)]), body=[Return()], decorator_list=[Name(id='d', ctx=Load()), Call(func=Attribute(value=Name(id='e', ctx=Load()), attr='f', ctx=Load()), args=[Name(id='g', ctx=Load())], keywords=[])], returns=Name(id='int', ctx=Load()))], type_ignores=[])"),
    ("class A(B, metaclass=M):\n    pass", "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Pass()], decorator_list=[])], type_ignores=[])"),
    ("f = lambda a, b=1, *c, d, e=2, **f: 0", "Module(body=[Assign(targets=[Name(id='f', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='f'), defaults=[Constant(value=1)]), body=Constant(value=0)))], type_ignores=[])"),
    ("lambda: (yield)", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))], type_ignores=[])"),
    ("x = a if b else c", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[])"),
    ("x = a or b or c and d", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), BoolOp(op=And(), values=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load())])]))], type_ignores=[])"),
    ("x = not a < b <= c is not d not in e", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())])))], type_ignores=[])"),
    ("x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=BinOp(left=BinOp(left=Name(id='f', ctx=Load()), op=Add(), right=Name(id='g', ctx=Load())), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='h', ctx=Load()), op=Mult(), right=Name(id='i', ctx=Load())), op=Div(), right=Name(id='j', ctx=Load())), op=FloorDiv(), right=Name(id='k', ctx=Load())), op=Mod(), right=Name(id='l', ctx=Load())), op=MatMult(), right=Name(id='m', ctx=Load()))))))))], type_ignores=[])"),
    ("x = -a ** -b", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load())))))], type_ignores=[])"),
    ("x = await a ** 2", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Await(value=Name(id='a', ctx=Load())), op=Pow(), right=Constant(value=2)))], type_ignores=[])"),
    ("f(a, *b, c=1, **d)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])"),
    ("f(x for x in y)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"),
    ("a[1:2, ::3]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))], type_ignores=[])"),
    ("a[*b]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"),
    ("a[b:=1]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(target=Name(id='b', ctx=Store()), value=Constant(value=1)), ctx=Load()))], type_ignores=[])"),
    ("a[:]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[])"),
    ("x = [i async for i in y if i if j for k in l]", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='i', ctx=Load()), Name(id='j', ctx=Load())], is_async=1), comprehension(target=Name(id='k', ctx=Store()), iter=Name(id='l', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"),
    ("x = {k: v for k, v in z}", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"),
    ("x = {a for a in b}", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=SetComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"),
    ("x = (y := 1)", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=1)))], type_ignores=[])"),
    ("if (n := len(a)) > 10: pass", "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], orelse=[])], type_ignores=[])"),
    ("def f():\n    x = yield\n    y = yield from z\n    yield a, b", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield()), Assign(targets=[Name(id='y', ctx=Store())], value=YieldFrom(value=Name(id='z', ctx=Load()))), Expr(value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())))], decorator_list=[])], type_ignores=[])"),
    ("x = ...", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))], type_ignores=[])"),
    ("x = 1 + 2j + 1.5", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j)), op=Add(), right=Constant(value=1.5)))], type_ignores=[])"),
    ("x = True, False, None", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=True), Constant(value=False), Constant(value=None)], ctx=Load()))], type_ignores=[])"),
    ("match = case = _ = type = 1", "Module(body=[Assign(targets=[Name(id='match', ctx=Store()), Name(id='case', ctx=Store()), Name(id='_', ctx=Store()), Name(id='type', ctx=Store())], value=Constant(value=1))], type_ignores=[])"),
    ("global a, b\nnonlocal c", "Module(body=[Global(names=['a', 'b']), Nonlocal(names=['c'])], type_ignores=[])"),
    ("raise E from F", "Module(body=[Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='F', ctx=Load()))], type_ignores=[])"),
    ("raise", "Module(body=[Raise()], type_ignores=[])"),
    ("a; b; c;", "Module(body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load())), Expr(value=Name(id='c', ctx=Load()))], type_ignores=[])"),
    ("return *a, b", "Module(body=[Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])"),
    ("for x in *a, b: pass", "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"),
    ("x = *a, *b", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"),
    ("def f(*args: *Ts): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='args', annotation=Starred(value=Name(id='Ts', ctx=Load()), ctx=Load())), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"),
    ("f(a)(b)[c].d", "Module(body=[Expr(value=Attribute(value=Subscript(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), slice=Name(id='c', ctx=Load()), ctx=Load()), attr='d', ctx=Load()))], type_ignores=[])"),
    ("x = a.b.c", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()))], type_ignores=[])"),
    ("with (yield): pass", "Module(body=[With(items=[withitem(context_expr=Yield())], body=[Pass()])], type_ignores=[])"),
    ("with (a, b) as c, d: pass", "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store())), withitem(context_expr=Name(id='d', ctx=Load()))], body=[Pass()])], type_ignores=[])"),
    ("with (a := b): pass", "Module(body=[With(items=[withitem(context_expr=NamedExpr(target=Name(id='a', ctx=Store()), value=Name(id='b', ctx=Load())))], body=[Pass()])], type_ignores=[])"),
    ("with (*a,): pass", "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()))], body=[Pass()])], type_ignores=[])"),
    ("with (a): pass", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])"),
    ("with (): pass", "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[], ctx=Load()))], body=[Pass()])], type_ignores=[])"),
    ("with (a, b,): pass", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"),
    ("with (a as b): pass", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()])], type_ignores=[])"),
    ("with (a, b as c,): pass", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"),
    ("with (a) as b, (c) as d: pass", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])"),
    ("with a as (b, c): pass", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()))], body=[Pass()])], type_ignores=[])"),
    ("with a, b: pass", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"),
    ("f(*a, b)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], keywords=[]))], type_ignores=[])"),
    ("f(a, *b, c=1, *d)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Starred(value=Name(id='d', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1))]))], type_ignores=[])"),
    ("class A(*b): pass", "Module(body=[ClassDef(name='A', bases=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"),
    ("a[1:2:3]; a[::]; a[:, 1]; a[()]; a[1,]; a[..., 1]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(), Constant(value=1)], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=1)], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=Ellipsis), Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])"),
    ("lambda *, a: 0", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=Constant(value=0)))], type_ignores=[])"),
    ("lambda *a, **k: 0", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=Constant(value=0)))], type_ignores=[])"),
    ("lambda a, /: 0", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"),
    ("def f(a, /): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"),
    ("def f(*, a=1, b): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a'), arg(arg='b')], kw_defaults=[Constant(value=1), None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"),
    ("def f(a, b=2, /, c=3, *d, e, f=4, **g): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], vararg=arg(arg='d'), kwonlyargs=[arg(arg='e'), arg(arg='f')], kw_defaults=[None, Constant(value=4)], kwarg=arg(arg='g'), defaults=[Constant(value=2), Constant(value=3)]), body=[Pass()], decorator_list=[])], type_ignores=[])"),
    ("@a[0].b(c)\n@(lambda f: f)\nclass A: pass", "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[Call(func=Attribute(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Load()), attr='b', ctx=Load()), args=[Name(id='c', ctx=Load())], keywords=[]), Lambda(args=arguments(posonlyargs=[], args=[arg(arg='f')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='f', ctx=Load()))])], type_ignores=[])"),
    ("if x:\n pass\nelif y:\n pass\nelif z:\n pass\nelse:\n pass", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='y', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='z', ctx=Load()), body=[Pass()], orelse=[Pass()])])])], type_ignores=[])"),
    ("try:\n  pass\nexcept (A, B) as e:\n  pass", "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"),
    ("a = b, = c", "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Tuple(elts=[Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"),
    ("x[a:=1, b]", "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[NamedExpr(target=Name(id='a', ctx=Store()), value=Constant(value=1)), Name(id='b', ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"),
    ("for x, in y: pass", "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"),
    ("del (a), [b]", "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), List(elts=[Name(id='b', ctx=Del())], ctx=Del())])], type_ignores=[])"),
    ("x = *a,", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"),
    ("x = lambda: 1 if x else 2", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=IfExp(test=Name(id='x', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2))))], type_ignores=[])"),
    ("not not x; ~-+x", "Module(body=[Expr(value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='x', ctx=Load())))), Expr(value=UnaryOp(op=Invert(), operand=UnaryOp(op=USub(), operand=UnaryOp(op=UAdd(), operand=Name(id='x', ctx=Load())))))], type_ignores=[])"),
    ("a if b else c if d else e", "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[])"),
    ("x = [*a, *b], {**a, **b}, {*a, *b}", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), Dict(keys=[None, None], values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())])], ctx=Load()))], type_ignores=[])"),
    ("x = 'a' 'b', b'a' b'b', 'a' f'{b}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value='ab'), Constant(value=b'ab'), JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)])], ctx=Load()))], type_ignores=[])"),
    ("1 if 2 else 3,", "Module(body=[Expr(value=Tuple(elts=[IfExp(test=Constant(value=2), body=Constant(value=1), orelse=Constant(value=3))], ctx=Load()))], type_ignores=[])"),
    ("assert (a, b)", "Module(body=[Assert(test=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])"),
    ("from .a.b import c", "Module(body=[ImportFrom(module='a.b', names=[alias(name='c')], level=1)], type_ignores=[])"),
    ("import a as b, c.d as e", "Module(body=[Import(names=[alias(name='a', asname='b'), alias(name='c.d', asname='e')])], type_ignores=[])"),
    ("if x: a; b", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load()))], orelse=[])], type_ignores=[])"),
    ("[y := f(x) for x in z]", "Module(body=[Expr(value=ListComp(elt=NamedExpr(target=Name(id='y', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"),
    ("[x for x in y if (z := x)]", "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[NamedExpr(target=Name(id='z', ctx=Store()), value=Name(id='x', ctx=Load()))], is_async=0)]))], type_ignores=[])"),
    ("x: 'int' = 5", "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Constant(value='int'), value=Constant(value=5), simple=1)], type_ignores=[])"),
    ("a.b: int", "Module(body=[AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"),
    ("(a): int = 1", "Module(body=[AnnAssign(target=Name(id='a', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[])"),
    ("a: int", "Module(body=[AnnAssign(target=Name(id='a', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1)], type_ignores=[])"),
    ("{1: 2,}", "Module(body=[Expr(value=Dict(keys=[Constant(value=1)], values=[Constant(value=2)]))], type_ignores=[])"),
    ("sum(x for x in y)", "Module(body=[Expr(value=Call(func=Name(id='sum', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"),
    ("f((x for x in y), 1)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]), Constant(value=1)], keywords=[]))], type_ignores=[])"),
    ("async def f():\n    return [x async for x in y], await x\n    async with a as b, c: pass\n    async for x in y: pass", "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Tuple(elts=[ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]), Await(value=Name(id='x', ctx=Load()))], ctx=Load())), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()]), AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], decorator_list=[])], type_ignores=[])"),
    ("a[*b, c]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Name(id='c', ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"),
    ("print(*a, **k)", "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='k', ctx=Load()))]))], type_ignores=[])"),
    ("(a) = 1; [a, b] = c; (a, b) = c", "Module(body=[Assign(targets=[Name(id='a', ctx=Store())], value=Constant(value=1)), Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load())), Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"),
    ("for (a, b) in c: pass", "Module(body=[For(target=Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"),
    ("x = f\"{x=}\"", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"),
    ("x = f\"{x!r:>{width}}\"", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='width', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"),
    ("f(a for b in c if d if e for f in g)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[Name(id='d', ctx=Load()), Name(id='e', ctx=Load())], is_async=0), comprehension(target=Name(id='f', ctx=Store()), iter=Name(id='g', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"),
    ("x = (a for b in c)", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=GeneratorExp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"),
    ("x = [a for b in c for d in e]", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='d', ctx=Store()), iter=Name(id='e', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"),
    ("x = {a: b for a in c}", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=DictComp(key=Name(id='a', ctx=Load()), value=Name(id='b', ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"),
    ("x = (yield)", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[])"),
    ("def g():\n    x = yield\n    y = yield from z\n    await z", "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield()), Assign(targets=[Name(id='y', ctx=Store())], value=YieldFrom(value=Name(id='z', ctx=Load()))), Expr(value=Await(value=Name(id='z', ctx=Load())))], decorator_list=[])], type_ignores=[])"),
    ("x = a.b.c.d", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), attr='d', ctx=Load()))], type_ignores=[])"),
    ("x = a < b > c == d != e <= f >= g in h not in i is j is not k", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), Gt(), Eq(), NotEq(), LtE(), GtE(), In(), NotIn(), Is(), IsNot()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load()), Name(id='i', ctx=Load()), Name(id='j', ctx=Load()), Name(id='k', ctx=Load())]))], type_ignores=[])"),
    ("x = a ** b ** c", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=BinOp(left=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))], type_ignores=[])"),
    ("x = -a ** b", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=Name(id='b', ctx=Load()))))], type_ignores=[])"),
    ("x = (-a) ** b", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load())), op=Pow(), right=Name(id='b', ctx=Load())))], type_ignores=[])"),
    ("x = a @ b", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=MatMult(), right=Name(id='b', ctx=Load())))], type_ignores=[])"),
    ("x @= b", "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=MatMult(), value=Name(id='b', ctx=Load()))], type_ignores=[])"),
    ("x //= 2; x **= 3; x >>= 1; x <<= 1; x ^= 1; x |= 1; x &= 1; x %= 1", "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=2)), AugAssign(target=Name(id='x', ctx=Store()), op=Pow(), value=Constant(value=3)), AugAssign(target=Name(id='x', ctx=Store()), op=RShift(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=LShift(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=BitXor(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=BitOr(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=BitAnd(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Mod(), value=Constant(value=1))], type_ignores=[])"),
    ("print(1,)", "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Constant(value=1)], keywords=[]))], type_ignores=[])"),
    ("f(a=1, **b, c=2)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(arg='a', value=Constant(value=1)), keyword(value=Name(id='b', ctx=Load())), keyword(arg='c', value=Constant(value=2))]))], type_ignores=[])"),
    ("class A(B, C, metaclass=D, **e): pass", "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='D', ctx=Load())), keyword(value=Name(id='e', ctx=Load()))], body=[Pass()], decorator_list=[])], type_ignores=[])"),
    ("x = 0xff + 1_000 + 1e10 + 1J + 0o17 + 0b101 + 1.5e-3", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=255), op=Add(), right=Constant(value=1000)), op=Add(), right=Constant(value=10000000000.0)), op=Add(), right=Constant(value=1j)), op=Add(), right=Constant(value=15)), op=Add(), right=Constant(value=5)), op=Add(), right=Constant(value=0.0015)))], type_ignores=[])"),
    ("x = [\n    1,\n    2,\n]", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"),
    ("def f(\n    a,\n    b,\n):\n    pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"),
    ("if (a and\n    b):\n    pass", "Module(body=[If(test=BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), body=[Pass()], orelse=[])], type_ignores=[])"),
    ("x = a if b else(c)", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[])"),
    ("x = [i for i in range(10) if i % 2 if i % 3]", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=10)], keywords=[]), ifs=[BinOp(left=Name(id='i', ctx=Load()), op=Mod(), right=Constant(value=2)), BinOp(left=Name(id='i', ctx=Load()), op=Mod(), right=Constant(value=3))], is_async=0)]))], type_ignores=[])"),
    ("global x", "Module(body=[Global(names=['x'])], type_ignores=[])"),
    ("del a.b, a[1], a[1:2]", "Module(body=[Delete(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Del()), Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=1), ctx=Del()), Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Del())])], type_ignores=[])"),
    ("x = ()", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[], ctx=Load()))], type_ignores=[])"),
    ("x = (1)", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"),
    ("x = (1,)", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])"),
    ("x = not a == b", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())])))], type_ignores=[])"),
    ("x = a and b or c and d", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), BoolOp(op=And(), values=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load())])]))], type_ignores=[])"),
    ("x = a or b and not c", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), BoolOp(op=And(), values=[Name(id='b', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load()))])]))], type_ignores=[])"),
    ("x = lambda: (yield)", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))], type_ignores=[])"),
    ("type = match = case = _ = 1", "Module(body=[Assign(targets=[Name(id='type', ctx=Store()), Name(id='match', ctx=Store()), Name(id='case', ctx=Store()), Name(id='_', ctx=Store())], value=Constant(value=1))], type_ignores=[])"),
    ("match(x)", "Module(body=[Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]))], type_ignores=[])"),
    ("case.foo = 1", "Module(body=[Assign(targets=[Attribute(value=Name(id='case', ctx=Load()), attr='foo', ctx=Store())], value=Constant(value=1))], type_ignores=[])"),
    ("x = True + False + None", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=Constant(value=True), op=Add(), right=Constant(value=False)), op=Add(), right=Constant(value=None)))], type_ignores=[])"),
    ("x = ...", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))], type_ignores=[])"),
    ("a[b][c](d)(e).f", "Module(body=[Expr(value=Attribute(value=Call(func=Call(func=Subscript(value=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]), args=[Name(id='e', ctx=Load())], keywords=[]), attr='f', ctx=Load()))], type_ignores=[])"),
    ("try:\n    pass\nexcept* (A, B) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass", "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"),
    ("def f() -> 'x': pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], returns=Constant(value='x'))], type_ignores=[])"),
    ("x = {**a}", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[None], values=[Name(id='a', ctx=Load())]))], type_ignores=[])"),
    ("x = {a, }", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Name(id='a', ctx=Load())]))], type_ignores=[])"),
    ("print(f\"a{b}c{d!s}e{f:>10}\")", "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='c'), FormattedValue(value=Name(id='d', ctx=Load()), conversion=115), Constant(value='e'), FormattedValue(value=Name(id='f', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')]))])], keywords=[]))], type_ignores=[])"),
    ("x = rf\"{a}\\n\" fr'{b}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), Constant(value='\\\\n'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)]))], type_ignores=[])"),
    ("x = u'abc'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc', kind='u'))], type_ignores=[])"),
    ("x = 'a' u'b'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], type_ignores=[])"),
    ("assert x, 'msg'", "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[])"),
    ("print(*a, sep='')", "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value=''))]))], type_ignores=[])"),
    ("x = {**a, 'b': c}", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[None, Constant(value='b')], values=[Name(id='a', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])"),
];

#[test]
fn trees_match_cpython() {
    for (src, expected) in TREES {
        match parse_module(src) {
            Ok(m) => assert_eq!(dump(&m), *expected, "source: {src:?}"),
            Err(e) => panic!("{src:?} failed: {e} at {:?}", e.span),
        }
    }
}

/// Source, then CPython 3.11's class, message, and (line, offset, end offset).
/// Line, 1-based offset and end offset, as CPython's `SyntaxError` reports them.
type Place = (u32, u32, u32);

const ERRORS: &[(&str, &str, &str, Place)] = &[
    (
        "1 = 2",
        "SyntaxError",
        "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        (1, 1, 2),
    ),
    (
        "f() = 1",
        "SyntaxError",
        "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        (1, 1, 4),
    ),
    (
        "(a, 1) = 2",
        "SyntaxError",
        "cannot assign to literal",
        (1, 5, 6),
    ),
    (
        "del f()",
        "SyntaxError",
        "cannot delete function call",
        (1, 5, 8),
    ),
    (
        "for 1 in x: pass",
        "SyntaxError",
        "cannot assign to literal",
        (1, 5, 6),
    ),
    (
        "a, b += 1",
        "SyntaxError",
        "'tuple' is an illegal expression for augmented assignment",
        (1, 1, 5),
    ),
    (
        "a, b: int",
        "SyntaxError",
        "only single target (not tuple) can be annotated",
        (1, 1, 2),
    ),
    (
        "if x = 1: pass",
        "SyntaxError",
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        (1, 4, 9),
    ),
    (
        "f(a.b=1)",
        "SyntaxError",
        "expression cannot contain assignment, perhaps you meant \"==\"?",
        (1, 3, 7),
    ),
    (
        "f(a=1, b)",
        "SyntaxError",
        "positional argument follows keyword argument",
        (1, 9, 10),
    ),
    (
        "f(**a, b)",
        "SyntaxError",
        "positional argument follows keyword argument unpacking",
        (1, 9, 10),
    ),
    (
        "f(**a, *b)",
        "SyntaxError",
        "iterable argument unpacking follows keyword argument unpacking",
        (1, 8, 9),
    ),
    (
        "f(x for x in y, 1)",
        "SyntaxError",
        "Generator expression must be parenthesized",
        (1, 3, 15),
    ),
    (
        "def f(a=1, b): pass",
        "SyntaxError",
        "non-default argument follows default argument",
        (1, 12, 13),
    ),
    (
        "def f(*): pass",
        "SyntaxError",
        "named arguments must follow bare *",
        (1, 7, 8),
    ),
    (
        "from a import b,",
        "SyntaxError",
        "trailing comma not allowed without surrounding parentheses",
        (1, 17, 17),
    ),
    (
        "(*a)",
        "SyntaxError",
        "cannot use starred expression here",
        (1, 2, 4),
    ),
    (
        "[a b]",
        "SyntaxError",
        "invalid syntax. Perhaps you forgot a comma?",
        (1, 2, 5),
    ),
    ("if x\n    pass", "SyntaxError", "expected ':'", (1, 5, 5)),
    (
        "if x:\npass",
        "IndentationError",
        "expected an indented block after 'if' statement on line 1",
        (2, 1, 5),
    ),
    (
        "try:\n    pass\nx = 1",
        "SyntaxError",
        "expected 'except' or 'finally' block",
        (3, 1, 2),
    ),
    (
        "def f():\nreturn",
        "IndentationError",
        "expected an indented block after function definition on line 1",
        (2, 1, 7),
    ),
    (
        "@d\ndef f():\nx",
        "IndentationError",
        "expected an indented block after function definition on line 2",
        (3, 1, 2),
    ),
    ("a = 1 +", "SyntaxError", "invalid syntax", (1, 8, 8)),
    (
        "x = 5 if 3",
        "SyntaxError",
        "expected 'else' after 'if' expression",
        (1, 5, 11),
    ),
    (
        "f(a + b c)",
        "SyntaxError",
        "invalid syntax. Perhaps you forgot a comma?",
        (1, 3, 10),
    ),
    (
        "def f(a, b c): pass",
        "SyntaxError",
        "invalid syntax",
        (1, 12, 13),
    ),
    (
        "d = {1: 2, 3}",
        "SyntaxError",
        "':' expected after dictionary key",
        (1, 12, 13),
    ),
    (
        "def f(:\n    pass",
        "SyntaxError",
        "invalid syntax",
        (1, 7, 8),
    ),
    (
        "x = [1, 2\ny = 3",
        "SyntaxError",
        "'[' was never closed",
        (1, 5, 5),
    ),
    (
        "x = [*a for b in c]",
        "SyntaxError",
        "iterable unpacking cannot be used in comprehension",
        (1, 6, 8),
    ),
    (
        "x = {**a for b in c}",
        "SyntaxError",
        "dict unpacking cannot be used in dict comprehension",
        (1, 6, 8),
    ),
    (
        "if x.a = 3:\n   pass",
        "SyntaxError",
        "cannot assign to attribute here. Maybe you meant '==' instead of '='?",
        (1, 4, 7),
    ),
    (
        "f(True=1)",
        "SyntaxError",
        "cannot assign to True",
        (1, 3, 8),
    ),
    (
        "yield = 1",
        "SyntaxError",
        "assignment to yield expression not possible",
        (1, 1, 6),
    ),
    (
        "(True := 1)",
        "SyntaxError",
        "cannot use assignment expressions with True",
        (1, 2, 6),
    ),
    (
        "def foo(a,*b=3,c):\n   pass",
        "SyntaxError",
        "var-positional argument cannot have default value",
        (1, 13, 14),
    ),
    (
        "def foo(a,d=,c):\n   pass",
        "SyntaxError",
        "expected default value expression",
        (1, 12, 13),
    ),
    (
        "def f(x, (y, z), w):\n   pass",
        "SyntaxError",
        "Function parameters cannot be parenthesized",
        (1, 10, 16),
    ),
    (
        "{1: *12+1}",
        "SyntaxError",
        "cannot use a starred expression in a dictionary value",
        (1, 5, 10),
    ),
    (
        "print \"hello\"",
        "SyntaxError",
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        (1, 1, 14),
    ),
];

#[test]
fn errors_match_cpython() {
    for (src, class, message, (line, offset, end_offset)) in ERRORS {
        let e = match parse_module(src) {
            Ok(m) => panic!("{src:?} parsed: {}", dump(&m)),
            Err(e) => e,
        };
        let idx = crate::span::LineIndex::new(src);
        let (l, c) = idx.line_col(e.span.start);
        let (_, ec) = idx.line_col(e.span.end);
        assert_eq!(
            (e.kind.class_name(), e.message.as_str(), (l, c + 1, ec + 1)),
            (*class, *message, (*line, *offset, *end_offset)),
            "source: {src:?}"
        );
    }
}

#[test]
fn expression_and_interactive_modes() {
    let m = parse_expression("a, b\n").map(|m| dump(&m));
    assert_eq!(
        m.as_deref(),
        Ok("Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))")
    );
    let m = parse_interactive("x = 1\n").map(|m| dump(&m));
    assert_eq!(
        m.as_deref(),
        Ok("Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])")
    );
}

#[test]
fn interactive_takes_one_statement() {
    assert!(parse_interactive("x = 1; y = 2\n").is_ok());
    assert!(parse_interactive("if x:\n    pass\n\n").is_ok());
    let e = parse_interactive("x = 1\ny = 2\n").map(|m| dump(&m));
    assert_eq!(
        e.map_err(|e| e.message),
        Err("multiple statements found while compiling a single statement".to_string())
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for src in [
        format!("x{}", "+x".repeat(100_000)),
        format!("{}x", "-".repeat(100_000)),
        format!("x{}", ".a".repeat(100_000)),
        format!("{}{}", "(".repeat(100_000), ")".repeat(100_000)),
        format!("{}x", "not ".repeat(100_000)),
        format!("{}x", "lambda:".repeat(100_000)),
        format!("x{}", " ** -x".repeat(3_000)),
        format!("x{}", " if y else lambda: x".repeat(3_000)),
        format!("x{}", " if y else -x".repeat(3_000)),
        format!("{}x", "await ".repeat(3_000)),
        format!("x{}", "(y)".repeat(3_000)),
        format!("x{}", "[y]".repeat(3_000)),
        format!("f(x{})", " ** -x".repeat(3_000)),
    ] {
        assert!(parse_module(&src).is_err());
    }
    // Wide is fine: a long flat literal and a moderately deep sum.
    let wide = format!("x = [{}]", "-1, ".repeat(100_000));
    assert!(parse_module(&wide).is_ok());
    assert!(parse_module(&format!("x{}", "+x".repeat(2400))).is_ok());
    // A long polynomial is only as deep as its number of terms.
    let poly = format!("x = 1{}", " + 3*a**2*b*c**4".repeat(2000));
    assert!(parse_module(&poly).is_ok());
}

#[test]
fn fstring_fields_parse_as_if_parenthesized() {
    // `f"{a, b}"`: the field text `a, b` starts at byte 3.
    let e = parse_fstring_expr("a, b", 3).map(|e| crate::dump::dump_expr(&e));
    assert_eq!(
        e.as_deref(),
        Ok("Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())")
    );
    assert!(parse_fstring_expr("yield x", 3).is_ok());
    assert!(parse_fstring_expr("x for x in y", 3).is_ok());
    assert!(parse_fstring_expr(" ", 3).is_err());
    assert!(parse_fstring_expr("a b", 3).is_err());
}

#[test]
fn spans_cover_first_to_last_token() {
    let Ok(Mod::Module { body }) = parse_module("if x:\n    y = (a, b)\nelse:\n    z\n") else {
        panic!("no parse");
    };
    let Some(s) = body.first() else {
        panic!("empty")
    };
    // `if` through the `z` of the else block.
    assert_eq!((s.span.start, s.span.end), (0, 32));
}

/// Any input gives a tree or an error: truncations and token-level mutations of a
/// program that uses most of the grammar.
#[test]
fn never_panics_on_mangled_input() {
    let program = "@d(x)\nasync def f(a, /, b=1, *c, d: int = 2, **e) -> T:\n    \
        with (a as b, c):\n        x = [i async for i in y if i] or {k: v for k, v in z}\n    \
        try:\n        del a[1:2, ::3], b.c\n    except* E as e:\n        raise X from e\n    \
        return lambda q, *r: (yield q)\nclass C(B, metaclass=M):\n    x: int = 1\n";
    let pieces: Vec<&str> = program
        .split_inclusive([' ', '\n', '(', ')', ',', ':'])
        .collect();
    for end in 0..=program.len() {
        if program.is_char_boundary(end) {
            let _ = parse_module(&program[..end]);
        }
    }
    for i in 0..pieces.len() {
        let dropped: String = pieces
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, p)| *p)
            .collect();
        let _ = parse_module(&dropped);
        let doubled: String = pieces
            .iter()
            .enumerate()
            .flat_map(|(j, p)| if j == i { vec![*p, *p] } else { vec![*p] })
            .collect();
        let _ = parse_module(&doubled);
    }
}

#[test]
fn incomplete_input_for_the_repl() {
    for src in ["if x:\n", "f(1,\n", "x = '''abc\n", "def f():\n", "@dec\n"] {
        assert!(is_incomplete_input(src), "{src:?}");
    }
    // CPython's REPL reports an operator without its operand at once.
    for src in [
        "x = 1\n",
        "x = )\n",
        "1 = 2\n",
        "if x:\n    pass\n",
        "x = 1 +\n",
        "for x in y\n",
    ] {
        assert!(!is_incomplete_input(src), "{src:?}");
    }
}
