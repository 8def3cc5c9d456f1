class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if i >= self.n:
            raise IndexError(i)
        return i * i
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
    def __contains__(self, x):
        return x == 42
s = Seq(4)
print(len(s), s[2], s[1:3], list(s), 42 in s, 3 in s)
s[0] = 9
del s[1]
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(5)))
class Ctx:
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return t is KeyError
with Ctx() as v:
    print("in", v)
with Ctx():
    raise KeyError("suppressed")
print("after suppress")
try:
    with Ctx():
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
class Callable:
    def __call__(self, *a, **k):
        return (a, k)
print(Callable()(1, x=2), callable(Callable()), callable(1))
class Dyn:
    def __getattr__(self, name):
        return name.upper()
d = Dyn()
d.real = 1
print(d.anything, d.real)
class Guard:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
g = Guard()
g.x = 5
print(g.x)
class WithGA:
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)
w = WithGA()
w.y = 1
print(w.secret, w.y)
