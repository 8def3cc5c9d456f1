# functools.partial: positional/keyword merging, attributes, nesting, repr of func name
from functools import partial
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1)
print(p(2), p(2, 5), p(2, d=9), p.args, p.keywords, p.func is f)
q = partial(f, 1, d=0)
print(q(2), q(2, d=7), q.keywords)
r = partial(p, 2, c=10)
print(r(), r(d=1), r.args, r.func is f)
base2 = partial(int, base=2)
print(base2('1010'), base2('11', base=3))
try:
    partial()
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(partial(pow, 2), range(5))))
