# math integer functions on big and edge inputs
import math
print(math.factorial(0), math.factorial(20), math.factorial(25), len(str(math.factorial(300))))
print(math.comb(50, 25), math.comb(100, 0), math.comb(0, 0), math.perm(10, 10), math.perm(10, 0), math.perm(3, 5), math.comb(10 ** 3, 2))
print(math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50), math.gcd(), math.gcd(7), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2, 3, 4, 5))
print(math.isqrt(0), math.isqrt(1), math.isqrt(2 ** 127), math.isqrt(10 ** 40 - 1), math.isqrt(True))
print(math.prod(range(1, 21)), math.prod([2.5, 2]), math.prod([]), math.prod(['a'], start=2) if False else 'x')
for fn in [lambda: math.comb(5, 1.0), lambda: math.comb('a', 1), lambda: math.factorial(10 ** 20), lambda: math.gcd(1, 'x'),
           lambda: math.isqrt(2.0), lambda: math.lcm(1.5), lambda: math.perm(-1)]:
    try:
        print(fn())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
