# enumerate with start, zip (uneven, strict=True errors), and their repr-free behaviour
print(list(enumerate('abc')), list(enumerate('ab', 1)), list(enumerate('ab', start=-5)))
print(list(enumerate([], 3)), list(enumerate(range(2), 10 ** 20)))
e = enumerate('xy')
print(next(e), next(e), next(e, 'done'))
print(list(zip()), list(zip([1, 2, 3], 'ab')), list(zip(range(3), range(3), range(3))))
print(list(zip([1, 2], 'ab', strict=True)))
for args in [([1, 2, 3], 'ab'), ([1], 'ab'), ([1, 2], 'ab', 'c')]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
for fn in [lambda: enumerate(5), lambda: zip(1), lambda: enumerate('a', 'b'), lambda: zip([1], 2)]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
d = dict(zip('abc', range(3)))
print(d, list(zip(*[(1, 'a'), (2, 'b')])))
