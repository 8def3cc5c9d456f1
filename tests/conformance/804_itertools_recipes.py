# classic itertools recipes built from the module's pieces
from itertools import islice, chain, zip_longest, cycle, groupby, tee, count, repeat, starmap, combinations, accumulate
import operator
def take(n, it):
    return list(islice(it, n))
def grouper(it, n, fill=None):
    args = [iter(it)] * n
    return zip_longest(*args, fillvalue=fill)
def roundrobin(*its):
    live = [iter(i) for i in its]
    while live:
        for it in list(live):
            try:
                yield next(it)
            except StopIteration:
                live.remove(it)
def unique_justseen(it):
    return map(next, map(operator.itemgetter(1), groupby(it)))
def powerset(s):
    s = list(s)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def sliding(it, n):
    its = tee(it, n)
    for i, t in enumerate(its):
        for _ in range(i):
            next(t, None)
    return zip(*its)
print(take(5, count(3, 3)), list(grouper('ABCDEFG', 3, 'x')), list(roundrobin('ABC', 'D', 'EF')))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(powerset([1, 2, 3])), list(sliding(range(6), 3)))
print(list(starmap(operator.mul, zip(range(5), repeat(3)))), list(accumulate(range(1, 6), operator.mul)), take(3, chain.from_iterable(repeat('ab'))))
