import functools
@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return 'V%d' % self.n
a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version(3), Version(1), Version(2)]), max(Version(5), Version(4)))
@functools.total_ordering
class G:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __ge__(self, o):
        return self.n >= o.n
print(G(1) < G(2), G(2) <= G(2), G(3) > G(1))
try:
    @functools.total_ordering
    class Bad:
        pass
except ValueError as e:
    print('ValueError:', e)
key = functools.cmp_to_key(lambda x, y: (x > y) - (x < y))
print(sorted([3, 1, 2], key=key), sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda x, y: len(y) - len(x))))
