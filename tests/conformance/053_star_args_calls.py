def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(), f(1, 2), f(a=1), f(*[1, 2], *(3,), **{"x": 1}, y=2))
print(f(*"ab", **dict(k=1)), f(*range(3)))
def g(a, b, c=3, *rest, d, **kw):
    return a, b, c, rest, d, kw
print(g(1, 2, d=4), g(1, 2, 3, 4, 5, d=6, e=7), g(*[1, 2], d=0))
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    g(1, 2, d=1, **{"d": 2})
except TypeError as e:
    print(e)
args = [1, 2, 3]
print(max(*args), print(*args, sep="|"), "{}-{}".format(*"xy"))
first, *middle, last = [1]  if False else [1, 2]
print(first, middle, last)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1], 2} == {1, 2}, {**{"a": 1}, "b": 2})
