class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("new", mcs.__name__, name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = mcs.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
class Base(metaclass=Meta, flag=1):
    x = 1
    def method(self):
        return 2
class Sub(Base):
    y = 2
print(Base.created_by, Sub.created_by, type(Base).__name__, type(Sub) is Meta, isinstance(Base, Meta))
print(Sub().method(), Sub.x, Sub.y)
