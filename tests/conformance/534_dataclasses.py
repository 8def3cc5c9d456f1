from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from typing import List
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1))
print(p.x, p.y, [f.name for f in fields(p)], asdict(p), astuple(p))
print(replace(p, y=10), is_dataclass(p), is_dataclass(Point), is_dataclass(5))
@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
a = Inventory('a')
b = Inventory('b')
a.items.append('x')
print(a, b, a.count)
@dataclass(order=True)
class Version:
    major: int
    minor: int
print(Version(1, 2) < Version(1, 3), sorted([Version(2, 0), Version(1, 5)]), Version(1, 0) >= Version(1, 0))
@dataclass(frozen=True)
class Frozen:
    v: int
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print(type(e).__name__, e)
print(hash(f) == hash(Frozen(3)), f)
@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, 3), Child(1))
try:
    Point()
except TypeError as e:
    print('TypeError:', e)
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(Post(4))
try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as e:
    print('ValueError:', e)
