from typing import Optional, List, Dict, Tuple, Callable, Any, Type, Union, Set, Iterable, Iterator
from typing import TypeVar, Generic, Awaitable, Coroutine, Sequence, Mapping, cast, TYPE_CHECKING
import typing
print(Optional[int], List[int], Dict[str, int], Tuple[int, str])
print(Callable[..., Any], Callable[[int, str], bool], Optional[Type[BaseException]])
print(Union[int, str], Union[int, None], Union[int], Any, Optional, List)
print(Iterable[int], Iterator[str], Set[bytes], Sequence[float], Mapping[str, List[int]])
T = TypeVar('T')
print(T, TypeVar('U', covariant=True), cast(int, 'x'), TYPE_CHECKING)
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(3).get(), Box[int](4).get())
def handler(exc_type: Optional[Type[BaseException]], cb: Callable[..., Any] = None) -> List[int]:
    return [1]
print(handler(None))
async def coro() -> Awaitable[int]:
    return 1
def f(x: 'Forward') -> Dict[str, 'X']:
    return x
print(f(5), typing.get_args(Dict[str, int]), typing.get_origin(List[int]) is list)
print(Optional[int] == Union[int, None], List[int] == List[int])
