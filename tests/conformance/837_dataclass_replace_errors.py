# dataclasses.replace: unknown fields and init=False fields are errors; astuple/asdict recurse
from dataclasses import dataclass, field, replace, astuple, asdict
@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list, init=False)
p = P(1, 2)
print(replace(p, y=5), replace(p), p)
for kw in [{'w': 1}, {'z': [1]}]:
    try:
        replace(p, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
@dataclass
class Line:
    a: P
    b: P
    tags: tuple = ()
ln = Line(P(0), P(3, 4), ('t', P(9)))
print(astuple(ln))
print(asdict(ln))
try:
    replace(5, x=1)
except TypeError as e:
    print(type(e).__name__, e)
