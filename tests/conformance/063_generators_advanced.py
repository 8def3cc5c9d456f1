def gen_with_return():
    yield 1
    return "ret"
def consumer():
    result = yield from gen_with_return()
    yield result
print(list(consumer()))
def infinite():
    i = 0
    try:
        while True:
            yield i
            i += 1
    except GeneratorExit:
        print("closed at", i)
        raise
g = infinite()
print([next(g) for _ in range(3)])
g.close()
print(g.close())
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
c = catcher()
next(c)
c.throw(ValueError("one"))
c.throw(ValueError("two"))
try:
    c.throw(KeyError("three"))
except KeyError as e:
    print("propagated", e)
try:
    next(c)
except StopIteration:
    print("finished")
def gen_state():
    yield
gs = gen_state()
print(gs.gi_running)
print(list(zip(range(3), (x * x for x in range(10)))))
print(sum(i for i in range(1000) if i % 7 == 0), max((len(w), w) for w in "a bb ccc".split()))
