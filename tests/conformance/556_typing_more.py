from typing import TypeVar, NewType, Literal, Final, ClassVar, Protocol, NamedTuple, Union, Optional, Any
import typing
T = TypeVar('T', bound=int)
UserId = NewType('UserId', int)
print(T, UserId(5), UserId.__name__)
print(Literal['a', 'b'], Final[int], ClassVar[str])
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str:
        return 'hi'
def use(g: Greeter) -> str:
    return g.greet()
print(use(En()))
MAX: Final = 10
def f(x: Union[int, str], y: Optional[Any] = None) -> 'typing.List[int]':
    return [x]
print(f(1), f('a'), MAX)
print(typing.Tuple[int, ...], typing.Dict[str, typing.Any], typing.Iterable)
print(int | None if hasattr(int, '__or__') and False else typing.Optional[int])
