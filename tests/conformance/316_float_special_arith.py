# float division/modulo by zero messages and inf/nan arithmetic
for a, b in [(1.0, 0.0), (0.0, 0.0), (1, 0.0), (-1.5, -0.0)]:
    for name, f in [('/', lambda: a / b), ('//', lambda: a // b), ('%', lambda: a % b)]:
        try:
            print(f())
        except ZeroDivisionError as e:
            print(name, type(e).__name__, e)
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * -1, 1 / inf, -1 / inf, inf / 2, 0 * inf, nan + 1, inf % 3, 3 % inf, -3 % inf)
print(inf // 1, -inf // 1, 5.0 // inf, divmod(5.0, inf), divmod(-5.0, inf))
print(1e308 * 10, -1e308 * 10, 1e-320 / 10, 2.0 ** 1024 if False else 'skip', 1e308 + 1e308)
try:
    2.0 ** 1024
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
print((-2.0) ** 2, (-2.0) ** -1, 0.0 ** 0.0, inf ** 0, nan ** 0, 1 ** nan, (-inf) ** 3, (-inf) ** 2)
