from dataclasses import dataclass, field, asdict, fields
from typing import List, Optional
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list)
    note: Optional[str] = field(default=None, compare=False)
    def total(self) -> float:
        return self.price * self.qty
@dataclass
class Order:
    id: int
    items: List[Item] = field(default_factory=list)
o = Order(1, [Item('pen', 1.5, 4), Item('ink', 3.0)])
print(o)
print(sum(i.total() for i in o.items), asdict(o))
print(Item('a', 1.0, note='x') == Item('a', 1.0, note='y'), [f.name for f in fields(Item)])
@dataclass(eq=False)
class Ref:
    v: int
print(Ref(1) == Ref(1), Ref(1).v)
@dataclass
class Cfg:
    host: str = 'localhost'
    port: int = 8080
c = Cfg(port=9000)
print(c, Cfg(), Cfg('h', 1))
try:
    Cfg(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
