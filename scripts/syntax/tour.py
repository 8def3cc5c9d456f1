"""A tour of Python syntax: one program touching most constructs Skein parses.

`skein --dump-ast scripts/syntax/tour.py` must print tour.ast (CPython's ast.dump).
"""
import asyncio
import functools as ft
from collections import OrderedDict, namedtuple

# Literals of every kind.
NUMBERS = (0, 42, 1_000_000, 0x1F, 0o17, 0b1011, 3.14, 1e16, 2.5e-5, 1e-05, 7j, 1.5j)
TEXTS = ("single", 'double', """triple""", r"raw\n", b"bytes\x00", u"unicode", "caf\u00e9")
JOINED = "implicit " "concatenation"
NOTHING, YES, NO, DOTS = None, True, False, ...
Point = namedtuple("Point", ["x", "y"])
counter = 0


def decorator(fn):
    @ft.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)

    return wrapper


@decorator
def params(a, b=2, /, c=3, *rest, d, e=5, **options) -> dict:
    """Positional-only, defaults, varargs, keyword-only, kwargs, annotation."""
    return {"a": a, "b": b, "c": c, "rest": rest, "d": d, "e": e, **options}


class Shape:
    sides: int = 0

    def __init__(self, name: str) -> None:
        self.name = name

    @property
    def label(self):
        return f"{self.name!r} has {self.sides:>3} sides"

    def __repr__(self):
        return f"Shape({self.name=}, {self.sides!s:{'^'}{8}})"


class Square(Shape, metaclass=type):
    sides = 4


def counters():
    global counter
    total = 0

    def bump(step=1):
        nonlocal total
        total += step
        return total

    counter += 1
    return bump


def generate(n):
    yield from range(n)
    value = yield n
    return value


async def ticker(limit):
    for i in range(limit):
        await asyncio.sleep(0)
        yield i


async def consume():
    async with asyncio.timeout(1) if hasattr(asyncio, "timeout") else asyncio.Lock() as _:
        pass
    got = [i async for i in ticker(3)]
    async for i in ticker(2):
        got.append(-i)
    return got


def control(values):
    out = []
    for v in values:
        if v < 0:
            continue
        elif v == 0:
            out.append("zero")
        else:
            out.append(v if v % 2 else -v)
    else:
        out.append("done")
    n = 3
    while n > 0:
        n -= 1
        if n == 1:
            break
    else:
        out.append("never")
    return out


def errors():
    try:
        raise ValueError("bad") from KeyError("why")
    except (ValueError, TypeError) as exc:
        caught = type(exc).__name__
    except Exception:
        raise
    else:
        caught = None
    finally:
        pass
    try:
        raise ExceptionGroup("many", [OSError(1), ValueError(2)])
    except* OSError as group:
        caught += f" {len(group.exceptions)}"
    except* ValueError:
        pass
    return caught


def expressions(xs):
    squares = [x * x for x in xs if x % 2 == 0 if x]
    unique = {x % 3 for x in xs}
    index = {k: v for k, v in enumerate(xs)}
    lazy = (x for row in [[1, 2], [3]] for x in row)
    first, *middle, last = xs
    merged = {**index, 0: "zero"}
    both = [*xs, *squares]
    pick = xs[1:-1], xs[::2], xs[:], xs[len(xs) // 2]
    bits = (~1 & 0xFF | 2 ^ 3) << 1 >> 1
    maths = -2 ** 2 + 7 // 2 - 7 % 3 / 1 + +1
    logic = not (1 < 2 <= 3 != 4) or (xs is not None and 1 in xs and 0 not in xs)
    if (n := len(xs)) > 2:
        maths += n
    square = lambda x, /, y=2, *, z=3: x ** y + z
    del merged[0]
    assert logic is True, "logic"
    return squares, unique, index, list(lazy), first, middle, last, both, pick, bits, maths, square(2)


def main():
    print(params(1, d=4, extra=True))
    print(Square("sq").label, repr(Shape("tri")))
    bump = counters()
    bump()
    print(bump(10), counter)
    gen = generate(2)
    print(next(gen), next(gen), next(gen))
    print(asyncio.run(consume()))
    print(control([3, -1, 0, 4]))
    print(errors())
    print(expressions([1, 2, 3, 4]))
    with open(__file__) as f, open(__file__) as g:
        print(len(f.readline()) == len(g.readline()))
    print(NUMBERS, TEXTS, JOINED, NOTHING, YES, NO, DOTS, Point(1, 2), OrderedDict(a=1))


if __name__ == "__main__":
    main()
