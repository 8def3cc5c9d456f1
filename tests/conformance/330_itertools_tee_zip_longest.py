# tee copies advance independently; zip_longest fill values; islice on iterators consumes
import itertools as it
a, b = it.tee(iter(range(5)))
print(next(a), next(a), next(b), list(a), list(b))
x, y, z = it.tee('ab', 3)
print(list(x), list(y), list(z))
print(list(it.zip_longest('ab', 'wxyz', [1], fillvalue=0)), list(it.zip_longest()), list(it.zip_longest([1, 2])))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src), list(it.islice(src, 2, 4)), list(src))
print(list(it.islice(range(10), None)), list(it.islice(range(10), 5, None)), list(it.islice(range(10), 1, 8, 3)))
print(list(it.compress(range(10), it.cycle([1, 0]))), list(it.starmap(lambda *a: sum(a), [(1, 2, 3), (), (4,)])))
print(list(it.chain()), list(it.chain([], [], 'a')), list(it.accumulate('abc')), list(it.accumulate([3, 1, 4, 1, 5], max)))
