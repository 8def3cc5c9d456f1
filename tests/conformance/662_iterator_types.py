# map, filter, zip, enumerate and reversed are types: isinstance works, they can be
# subclassed (a subclass __next__ wins, super().__next__() reaches the built-in one).
class M(map):
    def __next__(self):
        return 'M:' + super().__next__()
m = M(str, [1, 2])
print(type(m).__name__, isinstance(m, map), list(m))
class E(enumerate):
    pass
e = E('ab', start=5)
print(type(e).__name__, list(e), next(iter(E([]))  , None) if False else 'x')
print(isinstance(map(str, []), map), isinstance(zip(), zip), isinstance(filter(None, []), filter), isinstance(enumerate([]), enumerate))
print(isinstance(reversed([]), reversed), isinstance(reversed(range(3)), reversed), type(reversed('ab')).__name__)
print(list(zip([1,2],[3,4], strict=True)), list(map(lambda a,b:a+b, [1],[2])), list(enumerate('ab', 1)), list(filter(None, [0,1])))
try: zip([1],[1,2], strict=True).__next__(); list(zip([1],[1,2], strict=True))
except ValueError as e: print(e)
for f in (map, filter, enumerate, zip, reversed):
    try: f()
    except TypeError as e: print(e)
print(map.__name__, repr(map), zip.__qualname__)
class M(map):
    def __next__(self): return "M:" + super().__next__()
for x in M(str, [1,2]): print(x)
