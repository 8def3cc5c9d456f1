# math: common functions on ordinary inputs
import math
print(math.sqrt(2), math.sqrt(0.0), math.exp(1), math.exp(-1), math.log(math.e), math.log(8, 2), math.log(100, 10))
print(math.log10(1000), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10), math.pow(2, 0.5), math.pow(-8, 3))
print(math.sin(0), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), math.ceil(2 ** 70 + 0.0) == 2 ** 70)
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 3), math.modf(-3.25), math.frexp(12.0), math.ldexp(0.75, 4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.isqrt(17), math.isqrt(10 ** 20))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(), math.factorial(10))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.comb(5, 7), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.erf(1), math.erfc(1))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.cbrt(8), math.exp2(10), math.remainder(10, 3), math.remainder(-7.5, 2))
