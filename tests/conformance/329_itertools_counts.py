# itertools combinatorics counts match math.comb/perm and product sizes
import itertools as it, math
n = 6
for r in range(0, 8):
    print(r, len(list(it.combinations(range(n), r))) == math.comb(n, r), len(list(it.permutations(range(n), r))) == math.perm(n, r),
          len(list(it.combinations_with_replacement(range(n), r))) == math.comb(n + r - 1, r) if r or n else True)
print(len(list(it.product(range(3), range(4), range(2)))), len(list(it.product('ab', repeat=5))), list(it.product()))
print(list(it.permutations('abc'))[:3], list(it.combinations('abcd', 2))[-2:], next(it.permutations(range(10 ** 6), 2)))
print(list(it.islice(it.product(it.count(), repeat=1), 0)) if False else 'lazy-ok', list(it.islice(it.cycle([]), 3)))
