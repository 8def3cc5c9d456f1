class Point:
    """A point."""
    __slots_like__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    __hash__ = None
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __format__(self, spec):
        return f"<{self.x:{spec}}, {self.y:{spec}}>"
p = Point(1, 2)
print(p, Point.__doc__, p[0], list(p), 2 in p, 5 in p, f"{p:03d}", p == Point(1, 2))
x, y = p
print(x, y, Point.__name__, Point.__qualname__, type(p).__module__)
try:
    {p}
except TypeError as e:
    print(e)
class Meta:
    def method(self):
        return self.__class__.__name__
class Child(Meta):
    pass
print(Child().method(), Child.method is Meta.method, Meta.method(Child()), Child().method.__name__)
print(Child.__dict__["__module__"], "method" in Meta.__dict__, Child().__dict__)
class WithClassAttr:
    items = []
    def add(self, v):
        self.items.append(v)
w1, w2 = WithClassAttr(), WithClassAttr()
w1.add(1)
w2.add(2)
print(WithClassAttr.items, w1.items is w2.items)
