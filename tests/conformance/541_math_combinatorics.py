import math
print([math.comb(6, k) for k in range(7)])
print([math.perm(5, k) for k in range(6)])
print(math.comb(52, 5), math.perm(10, 3), math.isqrt(2 ** 100), math.isqrt(0), math.isqrt(99))
print(sum(math.comb(20, k) for k in range(21)) == 2 ** 20)
print(math.factorial(100) % 10 ** 9, len(str(math.factorial(1000))))
total = 0
for n in range(1, 30):
    total += math.gcd(n, 30)
print(total, math.prod(range(1, 21)) == math.factorial(20))
