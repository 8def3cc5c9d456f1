# out-of-range or malformed values to builtin functions: ValueError/OverflowError messages
import builtins
calls = [('chr', (-5,)), ('chr', (1114112,)), ('int', ('12a',)), ('int', ('1', 99)), ('float', ('abc',)), ('max', ([],)), ('min', ((),)),
         ('range', (0, 10, 0)), ('round', (float('inf'),)), ('int', (float('nan'),)), ('divmod', (1, 0)), ('pow', (0, -1)),
         ('pow', (2, -1, 4)), ('pow', (2, 2, 0)), ('slice', ()), ('format', (1, 'q')), ('complex_skip', ()), ('list', (5,))]
for name, args in calls:
    if name == 'complex_skip':
        continue
    try:
        r = getattr(builtins, name)(*args)
        print(name, 'returned', r)
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        print(name, args, type(e).__name__, e)
