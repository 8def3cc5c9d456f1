class MA(type): pass
class MB(type): pass
class A(metaclass=MA): pass
class B(metaclass=MB): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class MC(MA): pass
class D(metaclass=MC): pass
class E(A, D): pass
print(type(E).__name__)
X = MA("X", (), {"v": 3})
print(type(X).__name__, X.v, X.__name__)
