# abc: abstract properties and classmethods, register() virtual subclasses, concrete subclass chain
from abc import ABC, abstractmethod
class Base(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
    @staticmethod
    @abstractmethod
    def util():
        ...
class Impl(Base):
    @property
    def name(self):
        return 'impl'
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def util():
        return 'u'
print(Impl.make().name, Impl.util(), sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
class Partial(Base):
    @property
    def name(self):
        return 'p'
try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(Impl, Base), isinstance(Impl(), Base), issubclass(int, Base))
