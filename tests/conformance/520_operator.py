import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(1, 2), operator.sub(5, 3), operator.mul(3, 4), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 8), operator.neg(5), operator.not_(0), operator.truth([]))
print(operator.eq(1, 1), operator.lt(1, 2), operator.ge(1, 2), operator.contains([1, 2], 2), operator.is_(None, None))
print(operator.getitem([1, 2, 3], 1), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.abs(-4))
print(operator.index(5), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'), operator.concat('a', 'b'))
l = [0, 0]
operator.setitem(l, 0, 9)
operator.delitem(l, 1)
print(l)
pts = [(1, 'b'), (0, 'c'), (2, 'a')]
print(sorted(pts, key=itemgetter(1)), itemgetter(0, 1)('xyz'), itemgetter('k')({'k': 3}))
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.me = self
print(attrgetter('x')(P(1, 2)), attrgetter('x', 'y')(P(3, 4)), attrgetter('me.me.y')(P(5, 6)))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'), methodcaller('replace', 'a', 'b')('aaa'))
print(itemgetter(1), attrgetter('a', 'b'), methodcaller('f', 1, k=2))
print(operator.iadd([1], [2]), operator.lshift(1, 4), operator.rshift(16, 2), operator.inv(5))
