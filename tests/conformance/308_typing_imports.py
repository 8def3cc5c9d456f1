# typing names import and annotate without affecting runtime behaviour
from typing import Any, Callable, Dict, List, Optional, Tuple, Union, TypeVar, Generic, Iterable, Iterator, Sequence, Mapping, NamedTuple, cast, TYPE_CHECKING, overload
T = TypeVar('T')
def first(xs: Sequence[T]) -> Optional[T]:
    return xs[0] if xs else None
def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)
class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
def count(d: Dict[str, List[int]]) -> Tuple[int, ...]:
    return tuple(len(v) for v in d.values())
print(first([3, 4]), first([]), apply(lambda x: x + 1, 1), Box[int](5).v, count({'a': [1, 2]}), cast(int, 'not checked'), TYPE_CHECKING)
x: Union[int, str] = 5
y: Any = None
print(x, y, T.__name__ if hasattr(T, '__name__') else 'T')
