import operator
from functools import reduce
print(reduce(operator.mul, range(1, 6)), reduce(operator.or_, [1, 2, 4]), reduce(operator.concat, [[1], [2], [3]]))
print(list(map(operator.neg, [1, -2])), list(map(operator.add, [1, 2], [10, 20])), list(filter(operator.truth, [0, 1, '', 'a'])))
ops = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv, '**': operator.pow}
print({k: f(6, 3) for k, f in ops.items()})
print(operator.lt(2, 3), operator.le(3, 3), operator.ne(1, 2), operator.gt('b', 'a'), operator.is_not(1, None))
print(sorted(['bb', 'a', 'ccc'], key=operator.methodcaller('__len__')), operator.length_hint([1, 2, 3]), operator.length_hint(object(), 7))
try:
    operator.truediv(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    operator.add(1, 'a')
except TypeError as e:
    print('TypeError:', e)
