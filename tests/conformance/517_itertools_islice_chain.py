from itertools import islice, chain, starmap, takewhile, dropwhile, filterfalse, compress, pairwise
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(10), 1, 8, 3)), list(islice([], 3)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(chain('ABC', 'DEF')), list(chain()), list(chain([1], (2,), range(3, 5))))
print(list(chain.from_iterable(['ab', 'cd'])), list(chain.from_iterable([[1], [], [2, 3]])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(pairwise('ABCD')), list(pairwise('A')))
try:
    islice('abc', -1)
except ValueError as e:
    print('ValueError:', e)
