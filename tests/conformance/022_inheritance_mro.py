class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(A):
    def who(self):
        return "C" + super().who()
class D(B, C):
    def who(self):
        return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
try:
    class X(A, D):
        pass
except TypeError as e:
    print("TypeError", e)
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
class P1(Base, tag="one"):
    pass
class P2(Base):
    pass
print(Base.registry)
T = type("T", (A,), {"x": 5, "who": lambda self: "T"})
print(T().who(), T.x, T.__name__, type(T()).__mro__[1].__name__)
print(type(3), type("s"), type(None), type(type), type(T), type(print))
class Init:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, v):
        print("init", v)
Init(7)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
