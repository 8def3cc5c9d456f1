# abstract methods across a subclass chain: implementing in a grandchild completes the class
from abc import ABC, abstractmethod
class A(ABC):
    @abstractmethod
    def one(self): ...
    @abstractmethod
    def two(self): ...
class B(A):
    def one(self):
        return 1
class C(B):
    def two(self):
        return 2
for cls in (A, B, C):
    try:
        obj = cls()
        print(cls.__name__, 'ok', obj.one(), obj.two())
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
print(sorted(A.__abstractmethods__), sorted(B.__abstractmethods__), sorted(C.__abstractmethods__))
class D(C):
    @abstractmethod
    def three(self): ...
try:
    D()
except TypeError as e:
    print(type(e).__name__, e)
