# send/throw/close through generator pipelines driven by for, next() and send().
def numbers(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            print("numbers got", got)
        i += 1


def doubled(it):
    for x in it:
        yield x * 2


def relay(it):
    r = yield from it
    print("relay done", r)
    return "relay-result"


def stats():
    total = 0
    count = 0
    try:
        while True:
            x = yield total
            if x is None:
                continue
            total += x
            count += 1
    except GeneratorExit:
        print("stats closed after", count)
        raise
    finally:
        print("stats finally", total)


print(list(doubled(numbers(5))))
g = relay(numbers(4))
print(next(g), g.send("a"), g.send(None), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

s = stats()
next(s)
for v in (3, 4, 5):
    print("sent", v, "->", s.send(v))
s.close()
print(s.send.__name__, s.gi_running)
try:
    s.send(1)
except StopIteration as e:
    print("after close", repr(e.value))

# throw into a pipeline stage; the stage catches and continues
def catcher():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("caught", e)
            n += 100
        n += 1

c = catcher()
print(next(c), next(c), c.throw(ValueError("boom")), next(c))
w = relay(c)
print(next(w), w.throw(ValueError("deep")), next(w))
w.close()
print("closed relay; inner finished:", c.gi_frame is None)

# throw an exception nobody catches: propagates, generator finished
d = doubled(numbers(3))
print(next(d))
try:
    d.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(d))

# a generator abandoned halfway through a for loop, then resumed by another for
src = numbers(10)
for x in src:
    if x == 3:
        break
print("after break", [y for y in src])

# nested for loops over the same generator
g = numbers(6)
pairs = []
for a in g:
    for b in g:
        pairs.append((a, b))
        if b % 2:
            break
print(pairs)
