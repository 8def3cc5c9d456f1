import sys

def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return [leaves(x) for x in e.exceptions]
    return repr(e)

def run(fn):
    try:
        fn()
        print("returned")
    except BaseException as e:
        print(type(e).__name__, str(e), leaves(e))
        return e

def nested():
    inner = ExceptionGroup("inner", [TypeError(1), ValueError(2)])
    try:
        raise ExceptionGroup("outer", [ValueError(1), inner, OSError(3)])
    except* ValueError:
        pass
run(nested)

def keep_structure():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(1), ValueError(2)])])
    except* ValueError:
        raise
    except* TypeError:
        pass
e = run(keep_structure)
print(e.__traceback__ is not None)

def raise_and_reraise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as v:
        raise IndexError("new") from v
    except* TypeError:
        raise
e = run(raise_and_reraise)
print(type(e.exceptions[0].__cause__).__name__, e.exceptions[0].__cause__.exceptions)

def raise_e_explicitly():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as v:
        raise v
e = run(raise_e_explicitly)

def two_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("a")
    except* TypeError:
        raise RuntimeError("b")
run(two_new)

def with_notes():
    eg = ExceptionGroup("n", [ValueError(1), TypeError(2)])
    eg.add_note("shared")
    try:
        raise eg
    except* ValueError as v:
        print("notes", v.__notes__, v.__notes__ is eg.__notes__)
e = run(with_notes)
print(e.__notes__)

def predicate_subclass():
    class G(ExceptionGroup):
        def derive(self, excs):
            return G(self.message.upper(), excs)
    try:
        raise G("sub", [ValueError(1), TypeError(2)])
    except* TypeError as t:
        print(type(t).__name__, t)
run(predicate_subclass)

def in_generator():
    try:
        yield 1
        raise ExceptionGroup("gen", [ValueError(1), OSError(2)])
    except* OSError as e:
        yield repr(e)
    except* ValueError as e:
        yield repr(e)
    yield "end"
print(list(in_generator()))

def finally_runs():
    try:
        raise ExceptionGroup("f", [ValueError(1)])
    except* TypeError:
        print("no")
    finally:
        print("finally")
run(finally_runs)

def exc_info_in_handler():
    try:
        raise ExceptionGroup("i", [ValueError(1), TypeError(2)])
    except* TypeError as t:
        print(sys.exc_info()[1] is t, sys.exception() is t if hasattr(sys, "exception") else True)
run(exc_info_in_handler)

def handler_catches_inside():
    try:
        raise ExceptionGroup("h", [ValueError(1)])
    except* ValueError:
        try:
            raise KeyError(5)
        except KeyError as k:
            print("inner handled", repr(k))
    print("continues")
run(handler_catches_inside)

def non_exception_type():
    try:
        raise ExceptionGroup("h", [ValueError(1)])
    except* int:
        pass
run(non_exception_type)
