# sum with start, floats, and the errors for strings and non-numbers
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum(range(5), start=100), sum([0.1] * 10), sum([1, 2.5]))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([True, True, False]), sum([10 ** 20, 1]))
print(sum(x * x for x in range(4)), sum({1: 'a', 2: 'b'}), sum([1e308, 1e308, -1e308]))
for fn in [lambda: sum(['a', 'b'], ''), lambda: sum([b'a'], b''), lambda: sum([1, 'a']), lambda: sum(5), lambda: sum([[1]]), lambda: sum()]:
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    __radd__ = __add__
print(sum([V(1), V(2)]).v, sum([V(1)], V(10)).v)
