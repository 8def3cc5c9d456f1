# composing functools.reduce, partial and operator functions
from functools import reduce, partial
import operator
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
inc = partial(operator.add, 1)
dbl = partial(operator.mul, 2)
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(inc, inc, inc)(0))
print(reduce(operator.concat, [[1], [2, 3], []]), reduce(partial(max, key=abs), [-7, 3, 5]), reduce(operator.getitem, ['a', 'b'], {'a': {'b': 'deep'}}))
