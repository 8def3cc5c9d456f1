import sys

def show(label, e):
    print(label, type(e).__name__, repr(e))

# naked exception matched: wrapped
try:
    raise ValueError(1)
except* ValueError as e:
    show("naked", e)
    print(sys.exc_info()[1] is e)
print("after naked")

# group partially matched by two clauses
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    show("V", e)
except* TypeError as e:
    show("T", e)
else:
    print("else not run")
print("after group")

# unmatched rest propagates
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        show("inner V", e)
except ExceptionGroup as outer:
    show("outer", outer)

# naked unmatched is re-raised unchanged
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("no")
except KeyError as k:
    show("naked unmatched", k)

# raising in a handler
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
    except* TypeError:
        raise
except ExceptionGroup as g:
    show("combined", g)
    print([repr(x) for x in g.exceptions])
    print(repr(g.exceptions[0].__context__))

# raise in handler for naked
try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError("new")
except KeyError as k:
    show("naked raised", k)
    show("context", k.__context__)

# bare raise of naked
try:
    try:
        raise ValueError("v")
    except* ValueError:
        raise
except ExceptionGroup as g:
    show("bare", g)

# else / finally
try:
    pass
except* ValueError:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")

try:
    raise ExceptionGroup("x", [ValueError()])
except* ValueError:
    print("handled")
finally:
    print("finally 2")

# tuple of types and a nested group
try:
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])
except* (TypeError, KeyError) as e:
    show("tuple", e)
except* ValueError as e:
    show("V", e)

# except* ExceptionGroup
for t in (ExceptionGroup, (ValueError, BaseExceptionGroup)):
    try:
        try:
            raise ValueError()
        except* t:
            pass
    except TypeError as x:
        print(x)

# all handled in a function, returns after
def f():
    try:
        raise ExceptionGroup("f", [OSError(1)])
    except* OSError as e:
        r = len(e.exceptions)
    return r
print(f())

# exc_info is restored after
try:
    raise KeyError(0)
except KeyError:
    try:
        raise ExceptionGroup("z", [ValueError()])
    except* ValueError:
        print(type(sys.exc_info()[1]).__name__)
    print(type(sys.exc_info()[1]).__name__)
print(sys.exc_info())

# base exceptions
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
except* KeyboardInterrupt as e:
    show("KI", e)
except* ValueError as e:
    show("VE", e)

# loop inside handler is fine
try:
    raise ValueError(1)
except* ValueError:
    for i in range(3):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop", i)
