# bitwise identities on seeded random big ints, including negatives
import random
rng = random.Random(352)
ok = True
for _ in range(1000):
    a = rng.getrandbits(rng.randrange(1, 200)) * rng.choice([1, -1])
    b = rng.getrandbits(rng.randrange(1, 200)) * rng.choice([1, -1])
    s = rng.randrange(0, 100)
    if (a & b) + (a | b) != a + b or (a ^ b) != (a | b) - (a & b) or ~a != -a - 1:
        ok = False
    if (a << s) != a * 2 ** s or (a >> s) != a // 2 ** s:
        ok = False
print(ok)
x = rng.getrandbits(100)
print(x, x & 0xFFFF, x | 1, x ^ x, -x & 0xFF, (-x) >> 90, x.bit_length(), bin(x).count('1'))
