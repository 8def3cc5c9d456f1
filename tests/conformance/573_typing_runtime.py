from typing import List, Dict, Optional, Callable, Any, Union, Tuple
import typing
def apply(f: Callable[[int], int], xs: List[int]) -> List[int]:
    return [f(x) for x in xs]
print(apply(lambda x: x * 2, [1, 2]))
Vector = List[float]
def scale(k: float, v: Vector) -> Vector:
    return [k * x for x in v]
print(scale(2.0, [1.0, 2.5]), Vector)
Handler = Callable[..., Optional[Dict[str, Any]]]
print(Handler)
print(Union[int, Union[str, float]], Optional[Union[int, str]], Tuple[()] if False else Tuple[int])
print(List[int]([1, 2]) if False else list([1, 2]), Dict[str, int] == Dict[str, int])
def default_arg(x: int = 5, *args: Any, **kw: Optional[str]) -> None:
    print(x, args, kw)
default_arg(1, 2, a='b')
