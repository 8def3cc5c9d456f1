# for-loops whose loop variable is a plain local fuse the iteration with the store;
# the variable must hold the same values as before in every kind of loop.


def gen(n):
    for i in range(n):
        yield i * 10


def loops():
    xs = [1, 2, 3]
    seen = []
    for x in xs:
        seen.append(x)
        if x == 1:
            xs.append(4)
    print(seen, x)
    for i in range(3):
        pass
    print(i)
    for i in range(0):
        print("never")
    print(i)
    for j in (5, 6):
        if j == 6:
            break
    else:
        print("no break")
    print(j)
    for g in gen(3):
        print(g, end=" ")
    print(g)
    for k in iter([7, 8]):
        pass
    print(k)
    for s in "ab":
        print(s, end=" ")
    print()
    fns = []
    for c in range(3):
        fns.append(lambda: c)
    print([f() for f in fns])
    print([y * 2 for y in range(4)], sum(z for z in range(5)), {w: w for w in "xy"})
    try:
        for e in range(3):
            if e == 2:
                raise ValueError(e)
    except ValueError as err:
        print("caught", err, e)
    total = 0
    for a in range(3):
        for b in range(a):
            total += a * b
    print(total)


loops()
