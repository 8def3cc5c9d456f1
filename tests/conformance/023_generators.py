def gen(n):
    for i in range(n):
        yield i * i
    return "done"
g = gen(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(list(gen(5)), sum(gen(4)), next(gen(0), "default"))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print(s.value)
def delegate():
    r = yield from gen(3)
    print("sub returned", r)
    yield from [10, 20]
print(list(delegate()))
squares = (x * x for x in range(5) if x % 2)
print(type(squares).__name__, list(squares), list(squares))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closing()
print(next(c))
c.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError", e)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
it = fib()
print([next(it) for _ in range(10)])
def nested():
    for x in range(3):
        yield from (y for y in range(x))
print(list(nested()))
