# iter(callable, sentinel), iter on sequences/__getitem__, next with default, errors
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)), next(vals))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
class G:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * i
print(list(iter(G())), list(G()), 4 in G())
i = iter('ab')
print(iter(i) is i, list(i), list(i))
for fn in [lambda: iter(5), lambda: next([1]), lambda: iter(1, 2), lambda: next(iter([])), lambda: iter(),
           lambda: next(), lambda: iter(None)]:
    try:
        print(fn())
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, repr(e))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
