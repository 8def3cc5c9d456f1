"""Generates round_cases.txt: float.hex(x), ndigits, float.hex(round(x, ndigits)) or the error, from CPython 3.11.

Run: python3 interp/src/format/testdata/gen_round_cases.py > interp/src/format/testdata/round_cases.txt
"""
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), sys.version
rng = random.Random(7)
xs = []
for _ in range(300):
    xs.append(rng.uniform(-1000, 1000))
    xs.append(round(rng.uniform(-100, 100), rng.randint(0, 4)) + rng.choice([0, 0.005, 0.0005, 0.05]))
    xs.append(struct.unpack("d", struct.pack("Q", rng.getrandbits(64)))[0])
for x in xs:
    if x != x or x in (float("inf"), float("-inf")):
        continue
    n = rng.randint(-20, 20) if abs(x) > 1e10 or abs(x) < 1e-10 else rng.randint(-4, 6)
    try:
        r = round(x, n).hex()
    except Exception as e:  # noqa: BLE001
        r = type(e).__name__
    print(x.hex(), n, r)
