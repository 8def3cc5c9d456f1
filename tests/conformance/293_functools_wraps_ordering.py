# wraps copies metadata; total_ordering fills comparisons; cmp_to_key sorts
import functools
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def documented(x):
    "Doc string."
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(5))
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a == V(1), a != b)
def cmp(x, y):
    return (x > y) - (x < y)
print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)), sorted('bca', key=functools.cmp_to_key(lambda x, y: cmp(y, x))))
k = functools.cmp_to_key(cmp)
print(k(1) < k(2), k(2) == k(2), k(3) > k(1))
try:
    @functools.total_ordering
    class Bad:
        pass
except ValueError as e:
    print(type(e).__name__, e)
