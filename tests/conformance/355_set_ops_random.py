# set algebra identities on seeded random int sets
import random
rng = random.Random(355)
ok = True
for _ in range(500):
    a = {rng.randrange(40) for _ in range(rng.randrange(20))}
    b = {rng.randrange(40) for _ in range(rng.randrange(20))}
    if a | b != b | a or a & b != b & a or (a - b) | (a & b) != a or a ^ b != (a | b) - (a & b):
        ok = False
    if (a <= b) != (len(a - b) == 0) or a.isdisjoint(b) != (not (a & b)):
        ok = False
print(ok)
a = {rng.randrange(100) for _ in range(15)}
b = {rng.randrange(100) for _ in range(15)}
print(sorted(a), sorted(b), sorted(a & b), sorted(a - b), len(a | b), sorted(a ^ b)[:5])
print(sorted(frozenset(a) | b), type(frozenset(a) & b).__name__, frozenset(a) == a)
