# every dict method plus | and |=, fromkeys and error messages
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 99), d)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
print(d.popitem(), d)
d.update({'x': 1}, y=2); d.update([('z', 3)]); d.update(w=4); print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = d.copy(); e['new'] = 1; print(len(d), len(e))
e.clear(); print(e)
print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
print({1: 'a'} | {2: 'b'}, {1: 'a'} | {1: 'z'})
f = {1: 1}
f |= {2: 2}; f |= [(3, 3)]; print(f)
print(dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict(zip('ab', 'cd')))
print(list(reversed({1: 0, 2: 0, 3: 0})), 2 in f, 5 not in f, {1: 2} == {1: 2}, {1: 2} != {1: 3})
for fn in [lambda: {}['k'], lambda: {}.pop('k'), lambda: {}.popitem(), lambda: {1: 2} | [1],
           lambda: dict([(1, 2, 3)]), lambda: {[]: 1}, lambda: {}.get(),
           lambda: {(1, 2): 0}[(1, 2, 3)], lambda: dict(1), lambda: {}[[1]]]:
    try:
        print(fn())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e, repr(e))
g = {}
try:
    g |= 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.update(5)
except TypeError as e:
    print(type(e).__name__, e)
h = {1: 1, 2: 2}
try:
    for k in h:
        h[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
