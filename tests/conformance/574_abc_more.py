from abc import ABC, abstractmethod
class Base(ABC):
    @classmethod
    @abstractmethod
    def create(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
    def template(self):
        return 'template:' + self.step()
    @abstractmethod
    def step(self): ...
try:
    Base()
except TypeError as e:
    print('TypeError:', e)
class Impl(Base):
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def helper():
        return 'h'
    def step(self):
        return 'impl'
i = Impl.create()
print(i.template(), Impl.helper(), isinstance(i, Base), sorted(Base.__abstractmethods__), Impl.__abstractmethods__)
class Plain(ABC):
    pass
print(type(Plain()).__name__)
