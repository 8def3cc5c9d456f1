class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
class C(metaclass=OrderedMeta, option="x"):
    a = 1
print(C.injected, C.a)
class Recorder(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("define", k)
        super().__setitem__(k, v)
class M2(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recorder()
class D(metaclass=M2):
    x = 1
    def f(self): pass
print(D.x)
