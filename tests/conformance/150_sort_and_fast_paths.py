# Sorting (native key orders, merge sort on Python's <), slices, float/int fast
# paths, str()/int()/float() of built-in values, short and long str texts.


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "Rev(%d)" % self.v


def lcg(n, seed=7):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed >> 8)
    return out


data = lcg(300)
print(sorted(data)[:5], sorted(data)[-3:], sorted(data, reverse=True)[:3])
print(sorted([x % 10 for x in data]) == sorted([x % 10 for x in data], key=lambda x: x))
fl = [x / 7.0 - 1000 for x in lcg(50)] + [0.0, -0.0, 2.5, -2.5]
print(sorted(fl)[:3], sorted(fl)[-2:])
print(sorted([0.0, -0.0, 0.0]), sorted([-0.0, 0.0]), sorted([0.0, -0.0], reverse=True))
print(sorted([3, 1.5, True, -2, 0.25]))
words = ["pear", "Apple", "éclair", "apple", "zeta", "Zed", "", "a"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(x % 5, -x % 7, x) for x in lcg(40)]
pairs.sort()
print(pairs[:4], pairs[-1])
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), ()]))
by_first = sorted([[3, "c"], [1, "x"], [3, "a"], [1, "b"]], key=lambda p: p[0])
print(by_first)
print(sorted([Rev(1), Rev(3), Rev(2)]))
print(sorted(range(10), key=lambda i: i % 3))
print(sorted(range(10), key=lambda i: i % 3, reverse=True))
big = [10**20, -(10**19), 5, 2**63, -(2**63)]
print(sorted(big))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: 1 // (x - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, lst)


def meddle(x):
    lst.append(x)
    return x


try:
    lst.sort(key=meddle)
except ValueError as e:
    print("ValueError", e)
print(sorted([]), sorted([5]), sorted((2, 1)), sorted("skein"), sorted({3: 1, 1: 2}))

# Slices
d = list(range(20))
print(d[::2], d[1::3], d[::-1][:4], d[-3:], d[5:2], d[18:40], d[-40:2], d[::-7])
t = tuple(d)
print(t[3:6], t[::-5], t[100:], t[:-18])
chunks = [d[i:i + 6] for i in range(0, len(d), 6)]
print(chunks, [max(c) - min(c) for c in chunks], sum([len(c) for c in chunks]))

# Float and int arithmetic, comparisons
x, y = 7, 2.5
print(x + y, x - y, x * y, x / y, y / x, x ** 0.5, 2.0 ** 10, 1.5 ** -2, 9 / 3)
print(x < y, y < x, 2.5 == 2.5, 3 == 3.0, 0.1 + 0.2 == 0.3, 1e308 * 10, -1e308 * 10)
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, -1.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(b ** a, a ** b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError", e)
v = [1.0, 2.0, 3.0]
v[1] += 0.5
v[-1] *= 2
print(v, v[0] < v[1] < v[2], v[2] > 5.5, v[2] >= 6.0)
try:
    v[3] = 1.0
except IndexError as e:
    print("IndexError", e)
try:
    print(v[-4])
except IndexError as e:
    print("IndexError", e)
try:
    print((1, 2)[2])
except IndexError as e:
    print("IndexError", e)
a, b, c = v
p, q = (a, b)
print(a, b, c, p, q)
try:
    a, b = v
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c, d = (1, 2)
except ValueError as e:
    print("ValueError", e)
grow = [1, 2, 3]
seen = []
for item in grow:
    seen.append(item)
    if len(grow) < 6:
        grow.append(item * 10)
print(seen)
total = 0
for i in range(10, 0, -3):
    total += i
for ch in (1, 2, 3):
    total += ch
print(total)

# str(), int(), float() of built-in values
print(str(0), str(-0), str(-9223372036854775808), str(10**20), str(1.5), str(-0.0), str(1e22))
print(int("42"), int("+5"), int("-0"), int(" 12 "), int("1_000"), int("007"), int("９"))
print(int("123456789012345678901234"), int(7), int(True), float(3), float(2.5), str("s"))
for bad in ["12a", "", "-", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)

# Short (inline) and long str texts, across the boundary
for n in (0, 1, 53, 54, 55, 100):
    s = "x" * n
    t = s + "é"
    print(n, len(s), len(t), t[-1], (s + s)[n - 1:n + 1], hash(s) == hash("x" * n))
parts = "alpha beta  gamma\tdelta".split()
print(parts, "a,b,,c".split(","), "a,b,c".rsplit(",", 1), " x ".split(" "))
d2 = {}
for i in range(1000):
    d2["key" + str(i)] = i
print(d2["key999"], "key5" in d2, "key1000" in d2, d2.get("nope", -1), len(d2))
