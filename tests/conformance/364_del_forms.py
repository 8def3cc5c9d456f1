# del on names, list items, slices, dict keys, attributes, and the errors
a = list(range(10))
del a[0], a[-1]
del a[1:3]
del a[::2]
print(a)
d = {'x': 1, 'y': 2, 'z': 3}
del d['y']
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
n = 5
del n
print('n' in globals())
x, y = 1, 2
del x, y
for fn in ['del d["nope"]', 'del a[100]', 'del o.attr', 'del (1,)[0]', 'del "s"[0]']:
    try:
        exec(fn) if False else None
    except Exception:
        pass
try:
    del d['nope']
except KeyError as e:
    print(type(e).__name__, e)
try:
    del a[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = 'str'
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
