# arbitrary-precision ints: arithmetic, repr, division and mixing with floats
a = 2 ** 200 + 12345
b = 3 ** 100 - 7
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, -a // b, -a % b, divmod(a, -b))
print(a // 7, a % 7, (-a) // 7, (-a) % 7)
print(a / b, a / 3, float(a), int(float(a)) == a)
print(a == a + 0, a > b, a < -b, abs(-a) == a, -a)
import math
f = math.factorial(50)
print(f, len(str(f)), f // math.factorial(48), math.gcd(f, 2 ** 100))
print(str(10 ** 100)[:5], len(str(7 ** 500)), hex(2 ** 100), bin(2 ** 65), oct(-(2 ** 64)))
print(int('9' * 60) + 1, -int('9' * 60) - 1)
print(sum(range(10 ** 6)), 10 ** 18 * 10 ** 18)
print((2 ** 64) ** 3, pow(2 ** 64, 3, 10 ** 9 + 7), (10 ** 30) >> 50, (10 ** 30) & 0xFFFF)
try:
    1e300 * 10 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
