# operator.itemgetter / attrgetter / methodcaller and function forms of operators
import operator as op
rows = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(rows, key=op.itemgetter(1)), op.itemgetter(0, 2)(rows[0]), op.itemgetter(slice(1, None))('abc'), op.itemgetter('k')({'k': 5}))
class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
p = P('root', P('leaf'))
print(op.attrgetter('name')(p), op.attrgetter('child.name')(p), op.attrgetter('name', 'child.name')(p))
print(op.methodcaller('upper')('abc'), op.methodcaller('split', ',')('a,b'), op.methodcaller('replace', 'a', b='x')('aaa') if False else op.methodcaller('rjust', 5, '*')('ab'))
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 8), op.neg(3), op.pos(-3), op.abs(-2))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt('a', 'b'), op.le(2, 2), op.gt(3, 1), op.ge(1, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.lshift(1, 4), op.rshift(32, 2), op.index(7), op.concat([1], [2]), op.contains('abc', 'b'))
d = {'a': 1}
op.setitem(d, 'b', 2); op.delitem(d, 'a'); print(d, op.getitem([1, 2], 1), op.countOf([1, 1, 2], 1), op.indexOf('abc', 'c'))
for fn in [lambda: op.itemgetter(5)([1]), lambda: op.attrgetter('nope')(p), lambda: op.methodcaller('nope')(1), lambda: op.attrgetter(1),
           lambda: op.indexOf([1], 2), lambda: op.concat(1, 2)]:
    try:
        print(fn())
    except (IndexError, AttributeError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
