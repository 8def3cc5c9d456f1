# repr of many seeded random floats is the shortest string that round-trips
import random
rng = random.Random(346)
bad = 0
samples = []
for i in range(3000):
    kind = i % 3
    if kind == 0:
        x = rng.random() * 10 ** rng.randrange(-30, 30)
    elif kind == 1:
        x = rng.uniform(-1e6, 1e6)
    else:
        x = float(rng.getrandbits(60)) / (1 << rng.randrange(1, 80))
    r = repr(x)
    if float(r) != x:
        bad += 1
    if i % 300 == 0:
        samples.append(r)
print(bad, samples)
print([repr(v) for v in [1 / 7, 2 / 7, 1e-10 / 3, 12345.6789e100, 5e-324 * 3, 0.1 * 3, 100 / 3]])
print([str(round(v, 3)) for v in [1 / 7, 2 / 3, 1e-4 / 3]])
