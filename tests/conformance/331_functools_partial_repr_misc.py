# functools: partial repr, update_wrapper, reduce with operators, singledispatch
import functools, operator
p = functools.partial(max, 3, key=abs)
print(repr(p).startswith('functools.partial(<built-in function max>, 3, key=<built-in function abs>'), p(-5, 4))
def base(a, b):
    'base doc'
    return a - b
def wrapper(*args):
    return base(*args)
functools.update_wrapper(wrapper, base)
print(wrapper.__name__, wrapper.__doc__, wrapper(5, 3), wrapper.__wrapped__ is base)
print(functools.reduce(operator.mul, [1, 2, 3, 4], 10), functools.reduce(lambda a, b: b + a, 'abc'))
@functools.singledispatch
def show(x):
    return 'object ' + repr(x)
@show.register(int)
def _(x):
    return 'int ' + str(x)
@show.register(list)
def _(x):
    return 'list of ' + str(len(x))
print(show(1), show([1, 2]), show('s'), show(True))
