# tuples: construction, methods, comparison, hashing and errors
t = (1, 2, 3, 2)
print(t.count(2), t.index(2), len(t), t + (4,), t * 2, 2 * t, t[1:3])
print(tuple(), tuple('ab'), tuple([1]), (1,), (), tuple(range(3)), tuple({5: 0}))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 2) == (1, 2))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): 'x'}[(1, 2)])
a, *b = t
print(a, b)
for f in [lambda: t.index(9), lambda: t[10], lambda: t + [1], lambda: hash((1, [2])),
          lambda: (1, 'a') < ('a', 1)]:
    try:
        print(f())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
print(repr((1,)), repr(((),)), str(('a', "b'c")), max((3, 1), (2, 9)), min([(1, 'z'), (1, 'a')]))
