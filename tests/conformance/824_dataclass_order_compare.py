# dataclass order=True compares field tuples; comparing different classes is TypeError
from dataclasses import dataclass
@dataclass(order=True)
class V:
    major: int
    minor: int = 0
    tag: str = ''
vs = [V(1, 2), V(1, 0, 'b'), V(0, 9), V(1, 0, 'a')]
print(sorted(vs), max(vs), V(1) <= V(1, 0), V(2) > V(1, 99), V(1, 0, 'a') < V(1, 0, 'b'))
@dataclass(order=True)
class W:
    major: int
for fn in [lambda: V(1) < W(1), lambda: V(1) < (1, 0, ''), lambda: V(1) >= 3]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
print(V(1) == (1, 0, ''), V(1) != W(1))
