# math.fsum is exact where sum() accumulates error; prod and sumprod-like patterns
import math
vals = [0.1] * 10 + [1e100, 1.0, -1e100] + [1e-16] * 10
print(sum(vals), math.fsum(vals))
print(math.fsum([1e308, 1e308, -1e308]), sum([0.1, 0.2, 0.3]), math.fsum([0.1, 0.2, 0.3]))
print(math.fsum([]), math.fsum([math.inf, 1]), math.fsum([-0.0]), math.fsum(range(10)), math.fsum([1, 2 ** 53, -(2 ** 53)]))
for bad in [[math.inf, -math.inf], [math.nan]]:
    try:
        print(math.fsum(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.fsum(['a'])
except TypeError as e:
    print(type(e).__name__, e)
print(math.prod([1.5, 2, 4]), math.prod(range(1, 30)) == math.factorial(29), math.prod([2] * 70), math.prod([], start=1.0))
