# yield from lists, tuples, ranges, strings and generators, with send/throw and
# return values, and resuming at a `yield` statement vs a `yield` expression.
def flat(items):
    for sub in items:
        yield from sub


print(list(flat([[1, 2], (3,), range(4, 7), "ab", [], iter([8, 9])])))


def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return x, y


def outer():
    r = yield from inner()
    print("outer r", r)
    r2 = yield from [10, 11]
    print("outer r2", r2)
    yield r


g = outer()
print(next(g), g.send("A"), g.send("B"), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("outer done")

g = outer()
next(g)
try:
    g.send("x")
    g.throw(TypeError("t"))
except TypeError as e:
    print("thrown through:", e)


def sender_list():
    r = yield from [1, 2]
    yield r


g = sender_list()
print(next(g))
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError raised")


def stmt_then_expr():
    yield "s1"
    v = yield "e1"
    yield ("got", v)
    yield "s2"


g = stmt_then_expr()
print(next(g), g.send("ignored"), g.send("val"), g.send("ignored2"))

def delegating_chain(depth):
    if depth == 0:
        yield from range(3)
        return "bottom"
    r = yield from delegating_chain(depth - 1)
    return r + "<" + str(depth)

g = delegating_chain(5)
print(list(g))
def wrap():
    r = yield from delegating_chain(4)
    yield r
print(list(wrap()))
