class Logger:
    def log(self, msg):
        return f"[{type(self).__name__}] {msg}"
class Saver:
    def save(self):
        return "saved " + self.name
class Doc(Logger, Saver):
    def __init__(self, name):
        self.name = name
d = Doc("report")
print(d.log("hi"), d.save(), isinstance(d, Logger), isinstance(d, Saver), Doc.__mro__[1].__name__)
class A:
    def __init__(self):
        print("A init")
        super().__init__()
class B:
    def __init__(self):
        print("B init")
        super().__init__()
class C(A, B):
    def __init__(self):
        print("C init")
        super().__init__()
C()
print([k.__name__ for k in C.__mro__])
class Base:
    def hello(self):
        return "base"
class Mixin:
    def hello(self):
        return "mixin+" + super().hello()
class Final(Mixin, Base):
    pass
print(Final().hello())
