from collections.abc import MutableMapping, Sequence, Set
class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
s = Store()
s["A"] = 1; s.update(B=2, c=3)
print(s["a"], s.get("zz", 0), "b" in s, sorted(s.keys()), sorted(s.items()), sorted(s.values()), len(s))
print(s.pop("A"), s.setdefault("d", 4), dict(s) == {"b": 2, "c": 3, "d": 4}, s == {"b": 2, "c": 3, "d": 4})
class Countdown(Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return self.n - i
    def __len__(self): return self.n
c = Countdown(4)
print(list(c), 2 in c, c.index(3), c.count(1), list(reversed(c)))
class Bits(Set):
    def __init__(self, it): self._v = sorted(set(it))
    def __contains__(self, x): return x in self._v
    def __iter__(self): return iter(self._v)
    def __len__(self): return len(self._v)
a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), a <= Bits([1, 2, 3, 9]), a == Bits([3, 2, 1]), a.isdisjoint([7]))
