# divmod identity a == b*q + r and sign of r for seeded random ints and floats
import random
rng = random.Random(348)
ok = True
for _ in range(2000):
    a = rng.randrange(-10 ** 30, 10 ** 30)
    b = rng.randrange(-10 ** 12, 10 ** 12) or 7
    q, r = divmod(a, b)
    if a != b * q + r or (r != 0 and (r < 0) != (b < 0)) or abs(r) >= abs(b) or q != a // b or r != a % b:
        ok = False
print(ok)
fok = True
for _ in range(2000):
    a = rng.uniform(-1000, 1000)
    b = rng.uniform(-50, 50) or 1.5
    q, r = divmod(a, b)
    if q != a // b or r != a % b or (r != 0 and (r < 0) != (b < 0)):
        fok = False
print(fok, divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 25, 7), divmod(-(10 ** 25), 7))
