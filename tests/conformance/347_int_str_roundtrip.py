# seeded random big ints round-trip through str, hex, oct, bin and int(s, base)
import random
rng = random.Random(347)
ok = True
for _ in range(400):
    n = rng.getrandbits(rng.randrange(1, 600)) * rng.choice([1, -1])
    for f, b in [(str, 10), (hex, 16), (oct, 8), (bin, 2)]:
        if int(f(n), 0 if b != 10 else 10) != n:
            ok = False
    base = rng.randrange(2, 37)
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    m, s = abs(n), ''
    while m:
        m, d = divmod(m, base)
        s = digits[d] + s
    if int(s or '0', base) != abs(n):
        ok = False
print(ok)
n = rng.getrandbits(200)
print(n, hex(n), oct(n)[:20], bin(n)[:20], len(str(n)), format(n, ','), format(n, '_x'))
