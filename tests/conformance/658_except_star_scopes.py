def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return [leaves(x) for x in e.exceptions]
    return repr(e)

try:
    raise ValueError(1)
except* ValueError as e:
    pass
try:
    print(e)
except NameError as n:
    print("NameError", n)

try:
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise ExceptionGroup("b", [KeyError(1), OSError(2)])
        except* KeyError as k:
            print("nested", repr(k))
except* TypeError as t:
    print("outer got", leaves(t))
except* OSError as o:
    print("outer os", leaves(o))

try:
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise ExceptionGroup("raised", [KeyError(9)])
except ExceptionGroup as g:
    print(leaves(g), str(g))

class Yield:
    def __await__(self):
        yield "tick"

async def work(n):
    await Yield()
    if n:
        raise ValueError(n)
    return n

async def main():
    results = []
    for n in (0, 1, 2):
        try:
            results.append(await work(n))
        except Exception as e:
            results.append(e)
    try:
        raise ExceptionGroup("gathered", [r for r in results if isinstance(r, Exception)])
    except* ValueError as v:
        await Yield()
        print("async", leaves(v))

coro = main()
ticks = 0
try:
    while True:
        coro.send(None)
        ticks += 1
except StopIteration:
    print("ticks", ticks)

def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        x = yield "in handler"
        print("sent", x)
g = gen()
print(next(g))
try:
    g.send(5)
except StopIteration:
    print("stopped")

try:
    try:
        raise ExceptionGroup("e", [ValueError(1)])
    except* ValueError:
        pass
    else:
        print("no")
    finally:
        raise KeyError("fin")
except KeyError as k:
    print(repr(k), k.__context__)
