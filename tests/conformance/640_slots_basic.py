class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
p.x = 5
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    __slots__ = ("z",)
q = Q(1, 2); q.z = 9
print(q.x, q.z)
class Open(P):
    pass
o = Open(1, 2); o.anything = 1
print(o.anything)
class D:
    __slots__ = ("a", "__dict__")
d = D(); d.b = 2
print(d.b)
from collections import namedtuple
T = namedtuple("T", "a")
try:
    T(1).b = 2
except AttributeError as e:
    print("AttributeError:", e)
class S:
    __slots__ = "only"
s = S(); s.only = 1
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)
