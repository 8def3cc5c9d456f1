# enumerate and zip over dicts, sets of ints, strings and ranges
d = {'x': 1, 'y': 2, 'z': 3}
print(list(enumerate(d)), list(enumerate(d.values(), 1)), list(zip(d, d.values())), list(zip(d.items(), range(10))))
print(dict(enumerate('abc')), {v: k for k, v in d.items()}, list(zip(*d.items())))
print(list(enumerate(range(3), start=-1)), list(zip('abc', range(100), [True, False, None])))
print(sorted(zip({3, 1, 2}, [0, 0, 0]))[0][1], [i for i, c in enumerate('banana') if c == 'a'])
