# %-format errors: bad keys, mixing mapping and tuple, * with mappings, incomplete specs
cases = [('%(a)s %s', {'a': 1}), ('%s', {}), ('%(a', {'a': 1}), ('%*s', {'a': 1}), ('%.*d', (1,)), ('%d%%%', (1,)),
         ('%ld', (5,)), ('%5', (1,)), ('%#z', (1,)), ('%c', (-1,)), ('%c', (1.5,)), ('%x', ('a',)), ('%o', (1.0,)), ('%e', ('x',)),
         ('%s %(a)s', ({'a': 1},)), ('%(a)d', {'a': 'x'})]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
