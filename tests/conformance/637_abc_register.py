from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Sq(3).area(), isinstance(Sq(2), Shape), issubclass(Sq, Shape), type(Shape).__name__)
class Plain: pass
Shape.register(Plain)
print(isinstance(Plain(), Shape), issubclass(Plain, Shape), isinstance(1, Shape), issubclass(int, (Shape, int)))
class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "quack") or NotImplemented
class Mallard:
    def quack(self): return "q"
print(isinstance(Mallard(), Duck), isinstance(3, Duck))
