def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    return wrapper
def repeat(n):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco
@trace
def add(a, b=1):
    return a + b
@repeat(3)
def hi(name):
    return "hi " + name
print(add(2, b=5), add.__name__, hi("x"))
class Registry:
    items = {}
    @classmethod
    def register(cls, name):
        def deco(f):
            cls.items[name] = f
            return f
        return deco
@Registry.register("double")
def double(x):
    return 2 * x
print(Registry.items["double"](21), sorted(Registry.items))
def count_calls(cls):
    orig = cls.__init__
    def __init__(self, *a):
        cls.made = getattr(cls, "made", 0) + 1
        orig(self, *a)
    cls.__init__ = __init__
    return cls
@count_calls
class Thing:
    def __init__(self, v):
        self.v = v
Thing(1); Thing(2)
print(Thing.made, Thing(3).v)
