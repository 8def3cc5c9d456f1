class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.first, p.swap(), len(p), isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
a, b = p
print(a, b, p + (3,), tuple(p), type(tuple(p)).__name__, {p: "x"}[(1, 2)], p[::-1])
