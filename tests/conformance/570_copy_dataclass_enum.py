import copy
from dataclasses import dataclass, field
from enum import Enum
class Color(Enum):
    RED = 1
@dataclass
class Box:
    items: list = field(default_factory=list)
    color: Color = Color.RED
b = Box([1, [2]])
c = copy.deepcopy(b)
c.items[1].append(3)
print(b, c, c.color is Color.RED, b == Box([1, [2]]))
s = copy.copy(b)
print(s.items is b.items, s == b)
@dataclass(frozen=True)
class F:
    v: list
f = F([1])
g = copy.deepcopy(f)
print(g, g.v is f.v, g == f)
