from dataclasses import dataclass, field, replace, astuple
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False, repr=True)
    def __post_init__(self):
        self.area = self.w * self.h
r = Rect(2, 3)
print(r, astuple(r), r == Rect(2, 3))
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
tasks = [Task(3, 'c'), Task(1, 'a'), Task(2, 'b')]
print(sorted(tasks), Task(1, 'x') == Task(1, 'y'), min(tasks).name)
@dataclass
class Base:
    x: int = 0
@dataclass
class Derived(Base):
    y: int = 1
    def total(self):
        return self.x + self.y
d = Derived(5)
print(d, d.total(), replace(d, y=10).total(), isinstance(d, Base))
try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print('ValueError:', e)
