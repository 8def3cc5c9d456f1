# math.gamma and math.lgamma agree with CPython's Lanczos implementation, including errors
import math
for x in [1, 2, 5, 10, 23, 24, 0.5, 1.5, -0.5, -1.5, 1e-10, -1e-10, 3.7, 100.25, 170.5, 171.6, -170.5, -200.5, 1e-320, math.inf, -math.inf, math.nan, 0.0, -0.0, -1, -2, 171.7]:
    out = []
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(f'{type(e).__name__}: {e}')
    print(repr(x), out)
import random
rng = random.Random(842)
xs = [rng.uniform(-30, 30) for _ in range(2000)]
print(sum(math.gamma(x) for x in xs if x != int(x)), sum(math.lgamma(x) for x in xs))
print([math.gamma(n) == math.factorial(n - 1) for n in range(1, 24)].count(True), math.lgamma(1000), math.gamma(0.1) * math.gamma(0.9))
