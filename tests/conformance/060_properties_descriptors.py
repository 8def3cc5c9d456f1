class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name[1:]} must be >= 0")
        setattr(obj, self.name, value)
class Account:
    balance = Positive()
    def __init__(self, b):
        self.balance = b
a = Account(10)
print(a.balance, type(Account.balance).__name__)
a.balance = 5
print(a.balance, a._balance)
try:
    a.balance = -1
except ValueError as e:
    print(e)
class Lazy:
    def __init__(self):
        self._cache = None
    @property
    def value(self):
        if self._cache is None:
            print("computing")
            self._cache = 42
        return self._cache
    @value.deleter
    def value(self):
        print("reset")
        self._cache = None
l = Lazy()
print(l.value, l.value)
del l.value
print(l.value)
print(isinstance(Lazy.value, property))
