class M(type):
    def __getattr__(cls, n):
        if n.startswith('dyn_'):
            return n.upper()
        raise AttributeError(n)
    @property
    def info(cls):
        return 'meta-property of ' + cls.__name__
    def hello(cls):
        return 'hello from ' + cls.__name__
    kind = 'meta-kind'
class C(metaclass=M):
    kind = 'class-kind'
    info = 'class-info (shadowed by the metaclass data descriptor)'
print(C.dyn_x)
print(C.info)
print(C.kind)
print(C.hello())
try:
    C.other
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(C, 'dyn_y'), hasattr(C, 'zzz'))
print(getattr(C, 'missing', 'default'))
class D(C):
    pass
print(D.dyn_z, D.info, D.kind)
c = C()
try:
    c.dyn_x
except AttributeError as e:
    print('instance:', e)
try:
    c.hello
except AttributeError as e:
    print('instance:', e)
class Meta2(type):
    def __getattr__(cls, n):
        return getattr(cls, n)
class E(metaclass=Meta2):
    pass
try:
    E.foo
except RecursionError:
    print('RecursionError')
