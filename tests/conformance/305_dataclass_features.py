# dataclasses: fields, defaults, default_factory, repr/eq, order, frozen errors, asdict/astuple/replace
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError
@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default='s', repr=False, compare=False)
a = Item('x')
b = Item('x', 0, [])
print(a, a == b, a is not b, [f.name for f in fields(Item)], asdict(a), astuple(Item('y', 2, [1])))
a.tags.append('t'); print(a.tags, b.tags, replace(a, qty=5))
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
print(sorted([Ver(1, 2), Ver(0, 9), Ver(1, 0)]), Ver(1) < Ver(1, 1), Ver(2) >= Ver(1, 5))
@dataclass(frozen=True)
class Pt:
    x: int
    y: int
p = Pt(1, 2)
print(p, hash(p) == hash(Pt(1, 2)), {p: 'ok'}[Pt(1, 2)])
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Mut:
        a: list = []
except ValueError as e:
    print(type(e).__name__, e)
