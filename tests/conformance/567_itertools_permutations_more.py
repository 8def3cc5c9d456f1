from itertools import permutations, combinations, product
words = [''.join(p) for p in permutations('abc')]
print(words, len(set(permutations('aab'))))
print([c for c in combinations(range(5), 2) if sum(c) == 5])
print(list(permutations([1, 2, 3], 0)), list(combinations([], 0)), list(product(repeat=0)))
coins = [1, 2, 5]
ways = sum(1 for a, b, c in product(range(6), range(3), range(2)) if a * 1 + b * 2 + c * 5 == 5)
print(ways)
try:
    list(permutations('ab', -1))
except ValueError as e:
    print('ValueError:', e)
try:
    list(combinations('ab', -1))
except ValueError as e:
    print('ValueError:', e)
try:
    list(product('ab', repeat=-1))
except ValueError as e:
    print('ValueError:', e)
