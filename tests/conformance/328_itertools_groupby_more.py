# itertools.groupby: consecutive groups only, key functions, consuming groups late
from itertools import groupby
data = [1, 1, 2, 2, 2, 1, 3, 3]
print([(k, list(g)) for k, g in groupby(data)])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(sorted(words), key=len)])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
it = groupby('xxyyz')
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, list(g1), k2, list(g2))
print(list(groupby([])), [k for k, _ in groupby('mississippi')], [len(list(g)) for _, g in groupby('aaabccdddd')])
