# PEP 380: throw() and close() on a generator suspended in `yield from` go to the
# sub-iterator first.


class Boom(Exception):
    pass


def inner_handles():
    try:
        yield 1
        yield 2
    except Boom as e:
        print("inner caught", repr(e))
        yield "inner recovered"
        return "inner result"
    finally:
        print("inner finally")


def outer(sub):
    try:
        r = yield from sub
        print("yield from gave", repr(r))
        yield "after"
    except Boom as e:
        print("outer caught", repr(e))
        yield "outer recovered"
    finally:
        print("outer finally")


g = outer(inner_handles())
print(next(g))
print(g.throw(Boom("x")))
print(next(g))
print(list(g))


def inner_returns():
    try:
        yield 1
    except Boom:
        return 42


g = outer(inner_returns())
print(next(g))
print("throw ->", g.throw(Boom("y")))
print(list(g))


def inner_ignores():
    yield 1
    yield 2


g = outer(inner_ignores())
print(next(g))
print("throw ->", g.throw(Boom("z")))
print(list(g))


# close() closes the inner generator first.
def inner_closing():
    try:
        yield 1
    except GeneratorExit:
        print("inner got GeneratorExit")
        raise
    finally:
        print("inner closed")


def outer2():
    try:
        yield from inner_closing()
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise


g = outer2()
next(g)
g.close()
print("closed")


# An inner generator that ignores GeneratorExit: the RuntimeError reaches the outer one.
def stubborn():
    ignored = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if ignored:
                raise
            ignored = True
            print("stubborn ignores it")


def outer3():
    try:
        yield from stubborn()
    except RuntimeError as e:
        print("outer3 got", e)
        raise


g = outer3()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close raised", e)


# Delegating to a non-generator iterator with a throw method, and to one without.
class Thrower:
    def __iter__(self):
        return self

    def __next__(self):
        return "t"

    def throw(self, e):
        print("Thrower.throw got", repr(e))
        raise StopIteration("from thrower")


def outer4(it):
    r = yield from it
    print("outer4 result", r)
    yield "done"


g = outer4(Thrower())
print(next(g))
print(g.throw(ValueError("v")))

g = outer4(iter([1, 2, 3]))
print(next(g))
try:
    g.throw(ValueError("plain"))
except ValueError as e:
    print("raised in outer4:", e)


# Nested delegation three deep.
def leaf():
    try:
        yield "leaf"
    except Boom:
        yield "leaf handled"
    return "leaf done"


def mid():
    r = yield from leaf()
    yield "mid saw " + r


def top():
    yield from mid()


g = top()
print(next(g))
print(g.throw(Boom()))
print(list(g))


# Coroutines: throw() into an awaiting coroutine reaches the awaited one.
class Future:
    def __await__(self):
        try:
            yield "waiting"
        except Boom:
            print("future saw Boom")
            return "future value"


async def task():
    v = await Future()
    print("task got", v)
    return "task done"


c = task()
print(c.send(None))
try:
    c.throw(Boom())
except StopIteration as e:
    print("coroutine finished with", e.value)

# Re-entrancy: the outer generator is running while its delegate handles a throw.
def selfish():
    try:
        yield 1
    except Boom:
        try:
            next(g5)
        except ValueError as e:
            print("re-entry:", e)
        yield 2


def outer5():
    yield from selfish()


g5 = outer5()
next(g5)
print(g5.throw(Boom()))
