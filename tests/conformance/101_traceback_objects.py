# exc.__traceback__ is a chain of traceback objects once the exception was raised.
import sys


def inner():
    raise ValueError("deep")


def middle():
    inner()


def names(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


e = ValueError("never raised")
print(e.__traceback__)

try:
    middle()
except ValueError as exc:
    tb = exc.__traceback__
    print(type(tb).__name__, type(tb.tb_frame).__name__)
    print(names(tb))
    print(tb is exc.__traceback__)
    print(sys.exc_info()[2] is tb)
    saved = exc


# An exception re-raised in an outer function keeps its inner frames.
def again():
    try:
        middle()
    except ValueError:
        raise


try:
    again()
except ValueError as exc:
    print(names(exc.__traceback__))


# with_traceback attaches a traceback; the raising frame comes first.
def reraise_with(tb):
    raise RuntimeError("moved").with_traceback(tb)


try:
    reraise_with(saved.__traceback__)
except RuntimeError as exc:
    print(names(exc.__traceback__))

# Clearing and assigning __traceback__.
e = KeyError("k")
print(e.with_traceback(None) is e, e.__traceback__)
e.__traceback__ = saved.__traceback__
print(names(e.__traceback__))
e.__traceback__ = None
print(e.__traceback__)
try:
    e.__traceback__ = 5
except TypeError as t:
    print("TypeError:", t)
try:
    e.with_traceback("nope")
except TypeError as t:
    print("TypeError:", t)


# Tracebacks through a generator and a method.
class K:
    def m(self):
        yield 1
        1 / 0


try:
    for _ in K().m():
        pass
except ZeroDivisionError as z:
    print(names(z.__traceback__))

# The traceback object of a caught exception raised in a loop iteration.
for i in range(2):
    try:
        {}[i]
    except KeyError as k:
        print(i, names(k.__traceback__))
