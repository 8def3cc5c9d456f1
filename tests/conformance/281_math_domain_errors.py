# math domain and range errors and argument type errors, one per function
import math
cases = [('sqrt', (-1,)), ('log', (0,)), ('log', (-1,)), ('log', (10, 1)), ('log10', (0,)), ('log2', (-2,)),
         ('acos', (2,)), ('asin', (-2,)), ('acosh', (0.5,)), ('atanh', (1,)), ('exp', (1000,)), ('pow', (0, -1)),
         ('pow', (-8, 0.5)), ('factorial', (-1,)), ('factorial', (2.5,)), ('isqrt', (-4,)), ('fmod', (1, 0)),
         ('comb', (-1, 2)), ('perm', (3, -1)), ('ldexp', (1.0, 10000)), ('cosh', (1000,)),
         ('sqrt', ('x',)), ('floor', ('x',)), ('gcd', (1.5, 2)), ('log', ('x',)), ('sin', (float('inf'),)),
         ('remainder', (1, 0)), ('sqrt', ()), ('hypot', ('a',))]
for name, args in cases:
    try:
        print(name, getattr(math, name)(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, type(e).__name__, e)
print(math.sqrt(float('inf')), math.exp(-1000), math.atan(float('inf')), math.log(float('inf')), math.isnan(math.sqrt(float('nan'))))
print(math.floor(float('nan')) if False else 'skip')
for v in [float('nan'), float('inf')]:
    try:
        math.floor(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
