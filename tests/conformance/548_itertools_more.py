import itertools
print(list(itertools.islice(itertools.count(0, 0.25), 5)))
print(list(itertools.islice('abcdefghij', 1, 9, 3)))
print(list(itertools.product('ab', range(2), [True])))
print(sum(1 for _ in itertools.product(range(3), repeat=4)))
data = sorted([('fruit', 'apple'), ('veg', 'kale'), ('fruit', 'pear'), ('veg', 'leek'), ('nut', 'pecan')])
for k, g in itertools.groupby(data, key=lambda t: t[0]):
    print(k, ', '.join(v for _, v in g))
print(dict((k, len(list(g))) for k, g in itertools.groupby('aaabccdddd')))
print(list(itertools.starmap(lambda a, b: a * b, zip([1, 2, 3], [4, 5, 6]))))
print(list(itertools.zip_longest(*[[1, 2, 3], [4], [5, 6]], fillvalue=0)))
print(list(itertools.chain(*[[1], [2, 3]])), list(itertools.accumulate(range(6), lambda a, b: a + b * b)))
print(next(itertools.dropwhile(lambda c: c == ' ', '   x')), list(itertools.takewhile(str.isdigit, '123abc')))
