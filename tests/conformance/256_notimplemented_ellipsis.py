# NotImplemented drives reflected operators; Ellipsis is a singleton
class A:
    def __eq__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
    def __add__(self, o):
        return NotImplemented
class B:
    def __radd__(self, o):
        return 'B.radd'
    def __gt__(self, o):
        return 'B.gt'
print(A() + B(), A() < B(), A() == A(), A() != A())
a = A()
print(a == a, a != a)
for fn in [lambda: A() + 1, lambda: A() < A(), lambda: 1 < A()]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
print(repr(NotImplemented), type(NotImplemented).__name__, Ellipsis, ..., ... is Ellipsis, type(...).__name__)
print(repr(Ellipsis), str(...), [...], bool(...))
def stub(): ...
print(stub())
