t = (1, 2, 3)
a, b, c = t
print(a, b, c, t[1], len(t), t + (4,), t * 2, (1,), ())
x, *rest = [1, 2, 3, 4]
*init, last = "abcd"
first, *mid, end = range(5)
print(x, rest, init, last, first, mid, end)
(p, q), r = (1, 2), 3
print(p, q, r)
a, b = b, a
print(a, b, t.index(2), t.count(3), tuple([1, 2]), tuple("ab"))
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print(list(zip([1, 2, 3], "ab")), dict(zip("xy", (1, 2))))
