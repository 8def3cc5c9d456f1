# Subscripts of local containers by constant and local keys: reads, stores and
# augmented assignments (the subscript superinstructions) and their slow paths.


def reads():
    b = [1.5, 2.5, 3.5, 4.5]
    i = 2
    j = -1
    t = (10, 20, 30)
    s = "hello"
    d = {0: "zero", "k": "kay", (1, 2): "pair"}
    r = range(5, 50, 5)
    print(b[0], b[3], b[-1], b[-4], b[i], b[j])
    print(t[0], t[-1], t[i], s[1], s[j], d[0], d["k"], d[1, 2], r[i], r[-1])
    print(b[True], b[False], t[True])
    print(b[1:3], b[::-1], t[:i], s[i:])
    for k in (4, -5, 100, -100):
        try:
            b[k]
        except IndexError as e:
            print("IndexError", k, e)
        try:
            t[k]
        except IndexError as e:
            print("IndexError", k, e)
    try:
        b["x"]
    except TypeError as e:
        print("TypeError", e)
    try:
        b[1.0]
    except TypeError as e:
        print("TypeError", e)
    try:
        d["missing"]
    except KeyError as e:
        print("KeyError", e)
    big = 2**70
    try:
        b[big]
    except IndexError as e:
        print("IndexError", e)


def stores():
    b = [0, 0, 0, 0]
    i = 1
    j = -1
    b[0] = "a"
    b[i] = "b"
    b[j] = "d"
    b[-2] = "c"
    print(b)
    for k in (4, -5):
        try:
            b[k] = 1
        except IndexError as e:
            print("IndexError", k, e)
    t = (1, 2)
    try:
        t[0] = 5
    except TypeError as e:
        print("TypeError", e)
    d = {}
    d[0] = "x"
    d[i] = "y"
    print(d)
    b[True] = "T"
    print(b)


def augmented():
    b = [1.0, 2.0, 3.0, 4.0, [1], "s"]
    i = 2
    n = -3
    dx = 0.25
    b[0] += dx * 4
    b[1] -= dx
    b[i] *= 2
    b[n] /= 8
    b[4] += [2]
    b[-1] += "t"
    print(b)
    b[3] **= 0.5
    b[0] //= 0.5
    print(b)
    try:
        b[10] += 1
    except IndexError as e:
        print("IndexError", e)
    try:
        b[-1] += 1
    except TypeError as e:
        print("TypeError", e)
    t = (1, [2])
    try:
        t[0] += 1
    except TypeError as e:
        print("TypeError", e, t)
    try:
        t[1] += [3]
    except TypeError as e:
        print("TypeError", e, t)
    d = {"a": 1}
    d["a"] += 10
    k = "b"
    try:
        d[k] += 1
    except KeyError as e:
        print("KeyError", e)
    print(d)
    # The value rebinds the container or the key: the target is evaluated first.
    c = [1, 2, 3]
    c[0] += len(c := [100, 200, 300])
    print(c)
    c = [1, 2, 3]
    old = c
    old[1] += (c := [7, 8, 9])[1]
    print(old, c)
    m = 0
    c[m] += (m := 2)
    print(c, m)


def unbound():
    try:
        print(x[0])
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    y = [1, 2]
    try:
        print(y[k])
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        x[0] = 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        y[k] = 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        x[0] += 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    if False:
        x = k = None


class Tracked(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)


class Plain(list):
    pass


class Idx:
    def __index__(self):
        return 1


def subclasses():
    t = Tracked([1, 2, 3])
    i = 0
    print(t[1], t[i])
    t[2] = 30
    t[i] = 10
    t[1] += 5
    t[i] -= 1
    print(list(t))
    p = Plain([1, 2, 3])
    p[0] += 1
    p[-1] = 9
    print(p, p[1], type(p).__name__)
    b = [5, 6, 7]
    k = Idx()
    print(b[k])
    b[k] = 60
    b[k] += 1
    print(b)


def loops():
    bodies = [[float(i), float(i) * 2, 1.0] for i in range(4)]
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    for _ in range(3):
        for pair in pairs:
            b1 = pair[0]
            b2 = pair[1]
            dx = b1[0] - b2[0]
            b1[2] -= dx * b2[2]
            b2[2] += dx * b1[2]
    print(bodies)
    total = 0
    data = list(range(10))
    for i in range(len(data)):
        data[i] += data[i - 1]
        total += data[i]
    print(data, total)


reads()
stores()
augmented()
unbound()
subclasses()
loops()
