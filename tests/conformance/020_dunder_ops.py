class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        return V(self.x + o, self.y + o)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __str__(self):
        return f"<{self.x},{self.y}>"
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __iadd__(self, o):
        self.x += o
        return self
a, b = V(1, 2), V(3, 4)
print(a + b, 1 + a, a * 3, 2 * a, -a, a == V(1, 2), a != b, a < b, b > a)
print(repr(a), str(a), [a], bool(V(0, 0)), len(a), sorted([b, a]), max(a, b))
print({a: "A"}[V(1, 2)], V(1, 2) in {a}, a in [b, V(1, 2)])
c = a
c += 10
print(c, a, c is a)
try:
    a - b
except TypeError as e:
    print(e)
try:
    a < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(NoHash() == 1, NoHash() != 1)
