# itertools.product/permutations/combinations emit in lexicographic input order
from itertools import product, permutations, combinations, combinations_with_replacement
print([''.join(p) for p in product('ab', 'xy', '12')])
print([''.join(p) for p in permutations('cab')])
print([''.join(c) for c in combinations('dcba', 2)], [''.join(c) for c in combinations_with_replacement('ba', 3)])
print(list(product(range(2), repeat=3)), list(permutations(range(3), 1)), list(combinations(range(5), 0)))
print(list(product([1, 2], [])), list(permutations('ab', 3)), sum(1 for _ in product(range(4), repeat=4)))
