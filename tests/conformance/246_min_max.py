# min/max: iterables, several args, key, default, and the errors on empty input
print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 2]), min('hello'), max('ab', 'b', key=len), min([], default=None))
print(max([], default='empty'), max([(1, 'b'), (1, 'a')]), min({3: 0, 1: 0}), max(range(5), key=lambda x: -x))
print(max([1, 3, 3.0], key=float), min([2, 1, 1.0]), max(['b', 'a', 'B'], key=str.lower))
print(max(iter([4, 9, 2])), min(-0.0, 0.0), max(0, -0.0), max([2] * 3))
for fn in [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: min(1, 2, default=0),
           lambda: max([1, 'a']), lambda: max([1], key=1), lambda: min(1, foo=2), lambda: max(iter([]))]:
    try:
        print(fn())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
