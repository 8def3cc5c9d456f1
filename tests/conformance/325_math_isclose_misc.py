# math.isclose tolerances and errors; copysign/fabs/fmod corner values
import math
print(math.isclose(1.0, 1.0000000001), math.isclose(1.0, 1.0001), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf))
for kw in [{'rel_tol': -1}, {'abs_tol': -0.1}]:
    try:
        math.isclose(1, 1, **kw)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.isclose(1)
except TypeError as e:
    print(type(e).__name__, e)
print(math.copysign(1, -0.0), math.copysign(-2, 3), math.copysign(math.inf, -1), math.fabs(-0.0), math.fmod(5.5, 2), math.fmod(-5.5, 2), math.fmod(5, -3))
print(math.modf(2.5), math.modf(-0.0), math.modf(math.inf), math.frexp(0.0), math.frexp(-1.5), math.ldexp(1, -1074), math.ldexp(1, -1075))
print(math.hypot(), math.hypot(-3), math.hypot(math.inf, math.nan), math.dist([1, 2, 3], [4, 6, 3]), math.degrees(1), math.radians(1))
