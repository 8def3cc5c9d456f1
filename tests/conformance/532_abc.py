from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
    def describe(self):
        return 'shape with area %s' % self.area()
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Square(3).area(), Square(2).describe())
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)
class Two(ABC):
    @abstractmethod
    def f(self): pass
    @abstractmethod
    def g(self): pass
class Half(Two):
    def f(self):
        return 1
try:
    Half()
except TypeError as e:
    print('TypeError:', e)
class Full(Half):
    def g(self):
        return 2
print(Full().f(), Full().g(), isinstance(Full(), Two))
class Worker(ABC):
    @property
    @abstractmethod
    def name(self): ...
class Named(Worker):
    @property
    def name(self):
        return 'bob'
print(Named().name)
try:
    Worker()
except TypeError as e:
    print('TypeError:', e)
