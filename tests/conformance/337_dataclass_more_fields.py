# dataclasses: init=False fields, __post_init__, kw_only, field metadata, unsafe_hash, is_dataclass
from dataclasses import dataclass, field, fields, is_dataclass, asdict, MISSING
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    note: str = field(default='', metadata={'unit': 'cm'})
    def __post_init__(self):
        self.area = self.w * self.h
r = Rect(2, 3)
print(r, r.area, fields(Rect)[3].metadata['unit'], fields(Rect)[2].init, is_dataclass(r), is_dataclass(Rect), is_dataclass(5))
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
print(Opts(level=3), Opts())
try:
    Opts(True)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str
print(hash(Key(1, 'x')) == hash(Key(1, 'x')), {Key(1, 'x'): 5}[Key(1, 'x')])
@dataclass
class Outer:
    inner: Rect
    items: list = field(default_factory=lambda: [1, 2])
print(asdict(Outer(Rect(1, 1))), Outer(r) == Outer(Rect(2, 3)), Outer(r) == 5, fields(Outer)[1].default is MISSING)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__eq__(NoEq(1)))
