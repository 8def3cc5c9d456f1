# common dict idioms: counting, grouping, setdefault, get with default, nested updates
text = 'one two three two one two'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv, {k: v for k, v in sorted(counts.items())})
nested = {'a': {'b': 1}}
nested['a'].update(c=2)
nested.setdefault('x', {}).setdefault('y', 0)
print(nested, nested.get('missing', {}).get('deeper', 'default'))
d = dict.fromkeys(range(3), 0)
for i in range(10):
    d[i % 3] += i
print(d, sum(d.values()), list(d.items())[::-1])
