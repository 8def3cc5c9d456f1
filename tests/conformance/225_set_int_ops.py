# set/frozenset operators and methods with int elements
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= b, {3} <= b, {3} < b, b >= {5}, b > b, a.isdisjoint({9}), a.issubset(range(10)), a.issuperset([1, 2]))
print(sorted(a.union([9], (8,))), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])), sorted(a.symmetric_difference([1, 10])))
c = set(a)
c.add(7); c.discard(1); c.discard(100); c.remove(2); print(sorted(c))
c.update([20], {21}); print(sorted(c))
print(c.pop() in range(100), len(c))
c.clear(); print(c, set(), frozenset(), frozenset([1]) == {1}, type(frozenset([1]) | {2}).__name__)
f = frozenset([1, 2])
print(sorted(f | {3}), type({3} | f).__name__, hash(f) == hash(frozenset([2, 1])), {f: 1}[frozenset([1, 2])])
print(sorted(f.union([5])), 1 in f)
for fn in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {1} | [2], lambda: {[1]},
           lambda: set([[1]]), lambda: f.add(3), lambda: {1} < [1], lambda: {{1}}]:
    try:
        print(fn())
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
s = {1, 2}
s |= {3}; s &= {1, 3, 4}; s -= {1}; s ^= {9}; print(sorted(s))
print(repr({1}), repr(frozenset({1})), repr(set()), repr(frozenset()))
