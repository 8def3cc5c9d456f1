from functools import cached_property, reduce, lru_cache
class Data:
    def __init__(self, xs):
        self.xs = xs
    @cached_property
    def total(self):
        print('computing')
        return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total, 'total' in d.__dict__)
print(reduce(lambda a, b: a + b, ['a', 'b', 'c']), reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
@lru_cache(maxsize=32)
def slow(a, b=1):
    print('call', a, b)
    return a * b
print(slow(2), slow(2), slow(2, b=3), slow(2, b=3), slow.cache_info().hits)
class Node:
    @lru_cache(maxsize=None)
    def depth(self, n):
        return n if n < 1 else 1 + self.depth(n - 1)
print(Node().depth(10))
