def f(a, *c, b=None):
    return a, c, b
print(f(1, 2, 3, b=4), f(1))
def g(*c, b=None, **kw):
    return c, b, kw
print(g(1, 2), g(b=1, z=2))
class K:
    def __init__(self, name, *cs, bound=None):
        self.r = (name, cs, bound)
print(K('x', 1, bound=2).r)
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
print(next(iter(range(3))), next(iter('ab')), next(iter({'k': 1})))
def gen():
    yield from [1, 2]
    yield from (3, 4)
    yield from range(5, 7)
print(list(gen()))
print(sorted([(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')], key=lambda t: t[0], reverse=True))
print(sorted('hello', reverse=True), sorted([2, 1, 2, 1], reverse=True))
