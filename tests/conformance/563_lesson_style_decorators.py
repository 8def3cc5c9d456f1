import functools
import time
from typing import Callable, Any, Optional, Type
def async_timed():
    def wrapper(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapped(*args, **kwargs) -> Any:
            print(f'starting {func} with args {args} {kwargs}'.replace(hex(id(func)), 'ADDR'))
            start = time.time()
            try:
                return func(*args, **kwargs)
            finally:
                end = time.time()
                total = end - start
                print(f'finished {func.__name__} in {total >= 0} second(s)')
        return wrapped
    return wrapper
@async_timed()
def delay(delay_seconds: int) -> int:
    """Sleep."""
    return delay_seconds
print(delay(2), delay.__name__, delay.__doc__, delay.__wrapped__.__name__)
def handler(exc_type: Optional[Type[BaseException]], exc: Optional[BaseException]) -> None:
    print('handled', exc_type.__name__ if exc_type else None)
handler(ValueError, ValueError('x'))
handler(None, None)
