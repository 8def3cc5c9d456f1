import functools
from functools import partial, reduce
import operator
p = partial(int, base=2)
print(p('1010'), p.func is int, p.args, p.keywords)
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
q = partial(f, 1, d=5)
print(q(2), q(2, 3), q(2, d=9), q.args, q.keywords)
qq = partial(q, 7)
print(qq(), qq.args, qq.func is f)
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(operator.add, [], 0), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError:', e)
try:
    partial(1)
except TypeError as e:
    print('TypeError:', e)
print(callable(p), functools.partial(max, 3)(1, 2))
