# hash values of numbers follow CPython's modular rule exactly
vals = [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61), 2 ** 64 + 5, 10 ** 20, -(10 ** 20), 0.5, 1.5, -2.25, 1e100, 1e-100, 3.0, float('inf'), float('-inf'), True, False]
for v in vals:
    print(repr(v), hash(v))
print(hash(2 ** 100) == hash(float(2 ** 100)), hash(-0.0) == hash(0), hash((1, 2)) == hash((1.0, 2.0)))
