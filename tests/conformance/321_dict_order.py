# dicts keep insertion order: updates keep position, delete+reinsert moves to the end
d = {}
for k in ['b', 'a', 'c']:
    d[k] = len(d)
print(d, list(d))
d['a'] = 100
print(list(d.items()))
del d['b']
d['b'] = 5
print(list(d))
d.update({'z': 0, 'a': -1})
print(d)
print(d.popitem(), d.popitem(), d)
e = dict.fromkeys('hello')
print(list(e))
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, list({2: 0, 1: 0}), {**{'x': 1}, 'y': 2, **{'x': 3}})
f = {i: i * i for i in range(5) if i % 2 == 0}
print(f, {k: v for k, v in zip('abc', range(3))}, dict(sorted({'b': 1, 'a': 2}.items())))
