# itertools: every function on small inputs
import itertools as it
print(list(it.islice(it.count(5, 2), 4)), list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=10)))
print(list(it.chain('ab', [1])), list(it.chain.from_iterable(['xy', 'z'])), list(it.compress('abcdef', [1, 0, 1, 0, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in it.groupby('aabbbc')], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4], key=lambda x: x % 2)])
print(list(it.islice('abcdefg', 2, None, 2)), list(it.starmap(pow, [(2, 3), (3, 2)])), [list(t) for t in it.tee('ab', 2)])
print(list(it.zip_longest('abc', [1], fillvalue='-')), list(it.pairwise('abcd')), list(it.product('ab', repeat=2)))
print(list(it.permutations('abc', 2)), list(it.combinations(range(4), 3)), list(it.combinations_with_replacement('ab', 2)))
print(list(it.product([1, 2], 'x', [True])), list(it.permutations([])), list(it.combinations('a', 2)))
print(list(it.islice(it.count(1.5, 0.5), 3)), list(it.repeat(1, 0)), list(it.accumulate([])))
