# wrong argument counts to builtin functions: CPython's TypeError messages
calls = [('len', ()), ('abs', (1, 2)), ('chr', ()), ('ord', ('a', 'b')), ('hex', ()), ('oct', (1, 2)), ('bin', ()),
         ('divmod', (1, 2, 3)), ('isinstance', (1,)), ('issubclass', (int,)), ('getattr', (1,)), ('setattr', (1, 'a')),
         ('hasattr', (1,)), ('delattr', (1,)), ('iter', ()), ('iter', (1, 2, 3)), ('next', ()), ('round', ()), ('pow', (1, 2, 3, 4)),
         ('format', (1, 2, 3)), ('repr', ()), ('ascii', ()), ('callable', ()), ('hash', ()), ('any', ()), ('all', (1, 2)),
         ('sum', ()), ('filter', (None,)), ('enumerate', ()), ('vars', (1, 2)), ('dir', (1, 2)), ('reversed', ()), ('id', ()),
         ('min', ()), ('max', ()), ('sorted', ())]
import builtins
for name, args in calls:
    try:
        getattr(builtins, name)(*args)
        print(name, 'no error')
    except TypeError as e:
        print(name, type(e).__name__, e)
print(list(enumerate(iterable="ab", start=3)), round(number=2.675, ndigits=2), round(number=3.5))
try:
    enumerate(start=1)
except TypeError as e:
    print(e)
