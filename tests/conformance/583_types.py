import types
from types import TracebackType, SimpleNamespace
def f():
    pass
def g():
    yield 1
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(g(), types.GeneratorType))
print(isinstance(types, types.ModuleType), types.NoneType is type(None), isinstance(lambda: 0, types.LambdaType))
try:
    1 / 0
except ZeroDivisionError as e:
    print(isinstance(e.__traceback__, TracebackType) or e.__traceback__ is None)
ns = SimpleNamespace(a=1, b='x')
ns.c = [2]
print(ns, ns.a, ns == SimpleNamespace(a=1, b='x', c=[2]))
def handler(exc_type, exc: BaseException, tb: TracebackType) -> None:
    pass
print(handler(None, None, None))
