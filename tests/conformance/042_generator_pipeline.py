def read(lines):
    for l in lines:
        yield l.strip()
def nonempty(it):
    for x in it:
        if x:
            yield x
def numbered(it, start=1):
    n = start
    for x in it:
        yield f"{n}: {x}"
        n += 1
text = ["a\n", "\n", " b ", "c"]
for line in numbered(nonempty(read(text))):
    print(line)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, naturals())), sum(take(100, naturals())))
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in [10, 20, 30]])
gen = (c.upper() for c in "abc")
print(next(gen), "".join(gen))
def inner():
    x = yield 1
    y = yield x * 2
    return x + y
def outer():
    r = yield from inner()
    yield ("result", r)
o = outer()
print(next(o), o.send(5), o.send(7))
