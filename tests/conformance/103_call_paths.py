# The VM's fast paths for calls, class instantiation and method lookup behave like the
# general ones: shadowing, class attributes changing after use, errors.


class P:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b

    def m(self):
        return "P.m"


p = P(1)
print(p.a, p.b, P(3, 4).b)
try:
    P()
except TypeError as e:
    print(e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print(e)


class WithNew:
    def __new__(cls, x):
        print("new", x)
        return super().__new__(cls)

    def __init__(self, x):
        self.x = x


print(WithNew(7).x)


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(NotMine())

# Methods: cached lookups see class changes and instance shadowing.
for i in range(3):
    print(p.m())
    if i == 0:
        P.m = lambda self: "replaced"
    if i == 1:
        p.m = lambda: "instance attr"
del p.m
print(p.m())
del P.m
try:
    p.m()
except AttributeError as e:
    print(e)


class Base:
    def who(self):
        return "base"


class Derived(Base):
    pass


d = Derived()
print(d.who())
Derived.who = lambda self: "derived"
print(d.who())
del Derived.who
print(d.who())

# An attribute read that the class does not define, then does.
class Q:
    pass


q = Q()
q.v = 1
print(q.v)
Q.v = property(lambda self: "property wins")
print(q.v)


class G:
    def __getattribute__(self, name):
        return "intercepted " + name

    def m(self):
        return "m"


print(G().m, G().anything)


class GA:
    def __getattr__(self, name):
        return "fallback " + name


print(GA().missing)

# Builtin methods through LoadMethod, and bound ones stored in variables.
lst = []
for i in range(3):
    lst.append(i)
app = lst.append
app(9)
print(lst, len(lst), "abc".upper(), {1: 2}.get(1))
print(next(iter(lst)), sorted([3, 1, 2], key=lambda x: -x))

# Keyword calls: defaults, keyword-only, errors.


def kw(a, b=10, *, c, d=4):
    return a, b, c, d


print(kw(1, c=3), kw(c=3, a=1, d=5), kw(1, 2, c=3, d=6))
for bad in ({"a": 1}, {"a": 1, "c": 2, "e": 3}, {"c": 1}):
    try:
        kw(**bad)
    except TypeError as e:
        print(e)
try:
    kw(1, a=2, c=3)
except TypeError as e:
    print(e)

# Generator calls from bytecode.


def gen():
    x = yield 1
    print("got", x)
    yield 2


g = gen()
print(next(g), g.send("s"))
try:
    g.send(None)
except StopIteration:
    print("stop")
g2 = gen()
try:
    g2.send(5)
except TypeError as e:
    print(e)
print(next(gen()), gen().__next__())


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(deep(500))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError", e)
