# vars and dir: sorted names, modules, classes, instances and errors
class Base:
    b = 1
    def meth(self):
        pass
class K(Base):
    k = 2
    def __init__(self):
        self.inst = 3
o = K()
print(vars(o), sorted(k for k in vars(K) if not k.startswith('__')))
print([n for n in dir(o) if not n.startswith('__')], [n for n in dir(K) if not n.startswith('_')])
print(dir(o) == sorted(dir(o)), 'meth' in dir(K), '__init__' in dir(o))
import math
print('sqrt' in dir(math), 'pi' in vars(math))
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
class WithDir:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(WithDir()))
print([n for n in dir([]) if not n.startswith('_')])
