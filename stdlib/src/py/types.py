# types: names for the interpreter's built-in types (FunctionType, GeneratorType, ...), SimpleNamespace.

import sys as _sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()
del _co


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    del _e


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        if isinstance(mapping_or_iterable, dict):
            kwargs = {**mapping_or_iterable, **kwargs}
        else:
            kwargs = {**dict(mapping_or_iterable), **kwargs}
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(bases), ns)
