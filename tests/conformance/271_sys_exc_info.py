# sys.exc_info / sys.exception inside and outside handlers, nested handlers
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError('outer')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, sys.exception() is v)
    try:
        raise KeyError('inner')
    except KeyError:
        print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def f():
    return sys.exc_info()[0]
try:
    1 / 0
except ZeroDivisionError:
    print(f().__name__)
try:
    try:
        raise TypeError('t')
    finally:
        print('finally sees', sys.exc_info()[0].__name__)
except TypeError:
    pass
