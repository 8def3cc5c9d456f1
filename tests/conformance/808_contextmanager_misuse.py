# contextmanager misuse: generator that doesn't yield, yields twice, or swallows
from contextlib import contextmanager
@contextmanager
def no_yield():
    if False:
        yield
@contextmanager
def twice():
    yield 1
    yield 2
@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print('swallowed')
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    with twice() as v:
        print('body', v)
except RuntimeError as e:
    print(type(e).__name__, e)
with swallow():
    1 / 0
print('after swallow')
@contextmanager
def reraise_other():
    try:
        yield
    except KeyError:
        raise ValueError('converted')
try:
    with reraise_other():
        raise KeyError('k')
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
