# typing helpers that matter at runtime: cast, TypeVar, Generic subscription, NewType, overload
from typing import cast, TypeVar, Generic, NewType, Optional, List, Dict
T = TypeVar('T')
UserId = NewType('UserId', int)
class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None
s = Stack[int]()
s.push(UserId(5))
s.push(6)
print(s.pop(), s.pop(), s.pop(), UserId(7) + 1, type(UserId(7)).__name__, cast(Dict[str, int], {'a': 1}))
def first(xs: List[T]) -> T:
    return xs[0]
print(first([9, 8]), T.__name__, isinstance(s, Stack))
