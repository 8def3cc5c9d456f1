# isinstance follows PyObject_IsInstance: an exact type is true at once, otherwise a
# metaclass __instancecheck__ decides, also against the MRO, in the loop's fast path too.
class M(type):
    def __instancecheck__(cls, inst):
        print('check', type(inst).__name__)
        return False
class A(metaclass=M): pass
class B(A): pass
print(isinstance(A(), A), isinstance(B(), A))
def f(x): return isinstance(x, A)
print(f(A()), f(B()))
print(list(map(isinstance, [A(), B()], [A, A])))
import abc
class Base(abc.ABC): pass
class Sub(Base): pass
class Virtual: pass
Base.register(Virtual)
print(isinstance(Sub(), Base), isinstance(Virtual(), Base), isinstance(1, Base))
print(isinstance(B(), (int, A)), isinstance(A(), (int, A)), isinstance(3, (str, (bytes, int))))
try:
    isinstance(1, (int, 3))
except TypeError as e:
    print(e)
try:
    isinstance(1, 3)
except TypeError as e:
    print(e)
