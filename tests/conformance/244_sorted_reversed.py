# sorted on every iterable type and reversed on sequences and __reversed__
print(sorted({3: 'a', 1: 'b'}), sorted((2, 1)), sorted(range(3, 0, -1)), sorted(iter([2, 0])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(4))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())), list(reversed({'x': 5}.values())))
class R:
    def __reversed__(self):
        return iter('zyx')
class S:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(R())), list(reversed(S())))
for v in [{1, 2}, 5, None]:
    try:
        reversed(v)
    except TypeError as e:
        print(type(e).__name__, e)
r = reversed([1, 2])
print(next(r), next(r), next(r, 'end'))
try:
    sorted([1], foo=1)
except TypeError as e:
    print(type(e).__name__, e)
