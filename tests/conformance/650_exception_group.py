e = ExceptionGroup("msg", [ValueError(1), TypeError("t")])
print(type(e), e, repr(e), e.message, e.exceptions, e.args)
print(ExceptionGroup.__mro__)
b = BaseExceptionGroup("b", [ValueError(2)])
print(type(b).__name__, b)
b2 = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(b2).__name__, b2)
for args in [("m", []), ("m", None), (1, [ValueError()]), ("m", [1]), ("m",), ("m", {ValueError()})]:
    try:
        ExceptionGroup(*args)
    except Exception as x:
        print(type(x).__name__, x)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as x:
    print(x)
m, r = e.split(ValueError)
print(repr(m), repr(r))
print(e.split(ExceptionGroup)[0] is e)
print(repr(e.subgroup(lambda x: isinstance(x, TypeError))))
print(repr(e.subgroup(OSError)))
try:
    e.split(1)
except TypeError as x: print(x)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
g = MyEG("my", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
g.add_note("note1")
g.__cause__ = KeyError("c")
m, r = g.split(ValueError)
print(repr(m), repr(r), m.__notes__, r.__notes__, m.__notes__ is g.__notes__, repr(m.__cause__), m.__suppress_context__)
print(isinstance(g, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
try:
    raise g
except MyEG as x:
    a, b = x.split(TypeError)
    print(a.__traceback__ is x.__traceback__, b.__traceback__ is x.__traceback__)
print(str(ExceptionGroup("one", [ValueError()])))
print(e.derive([KeyError(1)]))

class Extra(ExceptionGroup):
    def __new__(cls, message, excs, extra):
        obj = super().__new__(cls, message, excs)
        obj.extra = extra
        return obj

    def __init__(self, message, excs, extra):
        super().__init__(message, excs)

    def derive(self, excs):
        return Extra(self.message, excs, self.extra)

x = Extra("extra", [ValueError(1), TypeError(2)], 42)
m, r = x.split(TypeError)
print(type(m).__name__, m.extra, m, repr(r.exceptions), r.args)

class Plain(ExceptionGroup):
    pass

p = Plain("plain", [ValueError(1), TypeError(2)])
m, r = p.split(TypeError)
print(type(p).__name__, type(m).__name__, m)
try:
    Plain("p", [SystemExit()])
except TypeError as t:
    print(t)

class BaseG(BaseExceptionGroup):
    pass

print(type(BaseG("bg", [ValueError()])).__name__, type(BaseG("bg", [GeneratorExit()])).__name__)
big = BaseExceptionGroup("big", [ValueError(1), KeyboardInterrupt(), ExceptionGroup("e", [OSError(3)])])
print(type(big).__name__, [type(s).__name__ for s in big.split(Exception)])
print(repr(big.subgroup((OSError, KeyboardInterrupt))))
print(big.subgroup(lambda e: False), big.split(lambda e: True)[0] is big)
eg = ExceptionGroup("t", (ValueError(1),))
print(repr(eg), type(eg.exceptions).__name__)
print(isinstance(eg, BaseExceptionGroup), ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
eg = ExceptionGroup("m", [ValueError()])
try:
    eg.message = "x"
except AttributeError as a:
    print(a)
print(eg.message)
