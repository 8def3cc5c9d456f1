# unpacking: starred targets, nested targets, and the error messages
a, b = 1, 2
(c, d), e = (3, 4), 5
f, *g = 'xyz'
*h, i = range(4)
j, *k, l = [1, 2]
print(a, b, c, d, e, f, g, h, i, j, k, l)
for src in [(1,), [], 5]:
    try:
        x, y = src
        print(x, y)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
try:
    p, q, *r = (1,)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    (m, n), o = (1, 2), 3
except ValueError as ex:
    print(type(ex).__name__, ex)
def gen():
    yield 1
    yield 2
    yield 3
try:
    u, v = gen()
except ValueError as ex:
    print(type(ex).__name__, ex)
print([*range(3), *'ab'], {**{'a': 1}}, (*[1],), *[1, 2])
