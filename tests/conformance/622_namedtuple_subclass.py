from collections import namedtuple
class Pt(namedtuple("Pt", "x y")):
    __slots__ = ()
    def norm(self):
        return abs(self.x) + abs(self.y)
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Pt(3, -4)
print(p.norm(), p, repr(p), p._replace(y=0), max(Pt(1, 2), Pt(1, 3)), Pt(*p))
print("%s and %r" % (p, p), "{}".format(p))
