def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
def g(x, y, /, z):
    return x + y + z
print(g(1, 2, 3), g(1, 2, z=3))
def h(*, k):
    return k
print(h(k=1))
args = (1, 2)
kw = {"c": 5}
print(f(*args, **kw), f(*[1], c=1, **{"z": 2}))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([9]))
lam = lambda a, b=1: a * b
print(lam(3), lam(3, 4), (lambda *a: a)(1, 2))
for call in [lambda: f(), lambda: f(1), lambda: g(1, 2, 3, 4), lambda: g(1, 2, x=1, z=3),
             lambda: f(1, c=1, a=2), lambda: h(1, k=2), lambda: h(), lambda: defaults(1, 2),
             lambda: f(1, 2, c=3, **{"c": 4}), lambda: lam(), lambda: g(1, y=2, z=3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def many(a, b, c):
    pass
try:
    many(1)
except TypeError as e:
    print(e)
try:
    many()
except TypeError as e:
    print(e)
