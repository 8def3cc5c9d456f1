import math
print(math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10))
print(math.log2(8), math.log2(1024), math.log10(1000), math.log10(0.001))
print(math.log(2**1100) > 762, math.log1p(0), math.expm1(0))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isfinite(1e308), math.isfinite(math.nan))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
