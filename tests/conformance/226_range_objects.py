# range: slicing, membership, index/count, reversed, repr, huge lengths and errors
r = range(0, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:4], r[::-1], list(r[1::2]))
print(9 in r, 10 in r)
print(range(5), range(1, 5), range(1, 5, 2), range(5, 1, -1), list(range(5, 1, -1)), range(0))
print(list(reversed(range(1, 10, 4))))
print(r.start, r.stop, r.step)
for fn in [lambda: range(1, 2, 0), lambda: r[100], lambda: range(1.5),
           lambda: range(), lambda: r['a'], lambda: range(1, 2, 3, 4)]:
    try:
        print(fn())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)), sum(range(101)))
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), range(-3, 3)[1:-1])
