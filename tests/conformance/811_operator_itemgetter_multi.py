# itemgetter/attrgetter with several keys make tuples; usable as sort keys
from operator import itemgetter, attrgetter
data = [{'n': 'b', 'a': 2, 's': 3.5}, {'n': 'a', 'a': 2, 's': 1.0}, {'n': 'c', 'a': 1, 's': 2.0}]
print([itemgetter('a', 'n')(d) for d in data], sorted(data, key=itemgetter('a', 'n'))[0]['n'])
print(itemgetter(1, 0, 1)('xyz'), itemgetter(slice(None, None, -1))([1, 2, 3]), itemgetter(-1)(range(5)))
class P:
    def __init__(self, n, a):
        self.n, self.a = n, a
    def __repr__(self):
        return f'P({self.n!r}, {self.a})'
ps = [P('x', 3), P('y', 1), P('z', 3)]
print(sorted(ps, key=attrgetter('a', 'n')), sorted(ps, key=attrgetter('a'), reverse=True), min(ps, key=attrgetter('a')))
g = itemgetter(0)
print(repr(g), repr(attrgetter('a.b')), repr(itemgetter(1, 2)))
