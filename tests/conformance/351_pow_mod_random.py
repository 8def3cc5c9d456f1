# pow(a, b, m) agrees with (a ** b) % m, and inverses satisfy a * inv % m == 1
import random, math
rng = random.Random(351)
ok = True
for _ in range(300):
    a = rng.randrange(-10 ** 6, 10 ** 6)
    b = rng.randrange(0, 60)
    m = rng.choice([rng.randrange(1, 10 ** 9), -rng.randrange(1, 10 ** 9)])
    if pow(a, b, m) != (a ** b) % m:
        ok = False
print(ok)
inv_ok = True
count = 0
for _ in range(300):
    m = rng.randrange(2, 10 ** 12)
    a = rng.randrange(1, m)
    if math.gcd(a, m) == 1:
        count += 1
        inv = pow(a, -1, m)
        if a * inv % m != 1 or not 0 <= inv < m:
            inv_ok = False
        if pow(a, -3, m) != pow(inv, 3, m):
            inv_ok = False
print(inv_ok, count > 100, pow(3, -2, 7), pow(-3, -1, 7), pow(3, -1, -7), pow(2, 10 ** 18, 10 ** 9 + 7))
