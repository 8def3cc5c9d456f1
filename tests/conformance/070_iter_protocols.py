class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(4)
print(list(r), list(r), sum(r), [x * y for x in r for y in r if x == y], 3 in r, 7 in r)
it = iter([10, 20, 30])
print(next(it), list(it), list(it))
d = {"b": 1, "a": 2}
print(list(iter(d)), list(d.items())[0], sorted(d), min(d), max(d.values()))
e = enumerate("xyz")
print(next(e), list(e))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
m = map(lambda v: v * 2, range(3))
print(next(m), list(m))
print(list(filter(lambda v: v % 2, range(7))), list(reversed(range(4))), list(range(3))[::-1])
class Old:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 11
print(list(Old()), 22 in Old())
