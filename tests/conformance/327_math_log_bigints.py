# math.log family on big ints beyond float range and on floats
import math
print(math.log(10 ** 400), math.log10(10 ** 400), math.log2(2 ** 2000), math.log(2 ** 1030, 2), math.log(10 ** 500, 10))
print(math.log(1), math.log10(1e-300), math.log2(0.5), math.log(math.e ** 2), math.log(True) if False else 0.0)
print(math.sqrt(10 ** 200), math.exp(700) < math.inf, math.log1p(-0.5), math.expm1(0))
for fn in [lambda: math.log(-(10 ** 400)), lambda: math.log10(0), lambda: math.log(0.0), lambda: math.log(10, 0), lambda: math.log2(-(2 ** 2000))]:
    try:
        print(fn())
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    math.sqrt(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
