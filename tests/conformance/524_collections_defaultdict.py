from collections import defaultdict
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], len(dd))
print(dict(dd) == {'a': [1, 3], 'b': [2]}, sorted(dd.items()))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts)
print(counts.default_factory, defaultdict(None), defaultdict(lambda: 'x')['k'])
d = defaultdict(set, {'x': {1}})
d['y'].add(2)
print(d)
print('z' in d, d.get('z'), 'z' in d)
n = defaultdict(None)
try:
    n['missing']
except KeyError as e:
    print('KeyError:', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError:', e)
print(list(d), list(d.keys()), list(d.values()))
