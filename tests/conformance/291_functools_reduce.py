# functools.reduce with and without initial, and its errors
from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 1), reduce(lambda a, b: a + b, ['x'], 'init'))
print(reduce(operator.add, [], 0), reduce(max, [3, 9, 2]), reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
print(reduce(operator.add, 'abc'), reduce(operator.or_, [{1}, {2}, {3}]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce()
except TypeError as e:
    print(type(e).__name__, e)
