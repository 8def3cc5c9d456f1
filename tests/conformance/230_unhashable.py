# unhashable types and the hash rules for builtins
for v in [[], {}, set(), [1, [2]]]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
for fn in [lambda: {[1]: 2}, lambda: {1: 2}[{}], lambda: {set()}, lambda: {(1, [2])}, lambda: frozenset([[]])]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0), hash(-1) == hash(-2))
print(hash(None) == hash(None), hash(()) == hash(()), hash(frozenset()) == hash(frozenset()))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30), hash(1.5), hash(-0.5))
class A:
    pass
class B:
    def __eq__(self, o):
        return True
class C:
    __hash__ = None
class D:
    def __hash__(self):
        return 7
class E:
    def __hash__(self):
        return 2 ** 70
print(hash(A()) == hash(A()), hash(D()), {D(): 1}[next(iter({D(): 1}))] if False else 'skip', hash(E()))
for cls in (B, C):
    try:
        hash(cls())
    except TypeError as e:
        print(type(e).__name__, e)
class F:
    def __hash__(self):
        return 'x'
try:
    hash(F())
except TypeError as e:
    print(type(e).__name__, e)
