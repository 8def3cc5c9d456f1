# dataclass inheritance: field order, overriding defaults, super().__post_init__
from dataclasses import dataclass, field, fields
@dataclass
class Base:
    x: int
    y: int = 0
    def __post_init__(self):
        self.log = ['base']
@dataclass
class Child(Base):
    z: int = 5
    y: int = 9
    def __post_init__(self):
        super().__post_init__()
        self.log.append('child')
c = Child(1)
print(c, [f.name for f in fields(Child)], c.log, Child(1, 2, 3))
print(Child(1) == Child(1), Child(1) == Base(1, 9), isinstance(c, Base))
@dataclass
class Tagged(Base):
    tags: list = field(default_factory=list)
t1, t2 = Tagged(1), Tagged(2)
t1.tags.append('a')
print(t1, t2)
try:
    @dataclass
    class Bad(Base):
        w: int
except TypeError as e:
    print(type(e).__name__, e)
