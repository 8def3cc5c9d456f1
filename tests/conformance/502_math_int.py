import math
print(math.factorial(0), math.factorial(5), math.factorial(20))
print(math.factorial(50))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.gcd(), math.gcd(12, 18, 8))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5))
print(math.isqrt(17), math.isqrt(10**20), math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(4))
print(math.comb(100, 50))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod([2, 3], start=10))
print(math.floor(1e20), math.ceil(-1e19))
