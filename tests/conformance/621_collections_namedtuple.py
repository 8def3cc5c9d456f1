from collections import namedtuple
import json
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], isinstance(p, tuple), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, len(p), p._replace(x=5), p._asdict(), P._fields, P._make([7, 8]))
print(json.dumps(p), sorted([P(2, 1), P(1, 2)]), p + (3,), type(p).__name__, P.__doc__)
Q = namedtuple("Q", ["a", "b"], defaults=[0])
print(Q(1), Q(1, 2), Q.__name__, Q._field_defaults)
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 3
except AttributeError:
    print("AttributeError")
