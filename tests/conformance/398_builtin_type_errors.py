# wrong argument types to builtin functions: CPython's TypeError messages
import builtins
calls = [('len', (5,)), ('abs', ('x',)), ('chr', ('x',)), ('ord', (5,)), ('hex', (1.5,)), ('divmod', ('a', 1)), ('round', ('x',)),
         ('isinstance', (1, 'int')), ('issubclass', ('int', int)), ('getattr', (1, 2)), ('iter', (5,)), ('next', ([],)),
         ('sum', ([[1]],)), ('sorted', (5,)), ('min', (5,)), ('any', (5,)), ('map', (len,)), ('zip', (1,)), ('enumerate', (5,)),
         ('hash', ([],)), ('format', (1, 5)), ('vars', (5,)), ('reversed', (5,)), ('pow', ('a', 2)), ('callable', ()), ('filter', (None, 5))]
for name, args in calls:
    try:
        r = getattr(builtins, name)(*args)
        print(name, 'returned', type(r).__name__)
    except TypeError as e:
        print(name, type(e).__name__, e)
