"""Generates random_cases.txt: CPython 3.11's `random` outputs for several seeds, for random/tests.rs.

Run: python3 stdlib/src/random/testdata/gen_random_cases.py > stdlib/src/random/testdata/random_cases.txt
Each line: seed<TAB>operation<TAB>result. The seed is i:INT, s:STR or h:HASH (a float's
hash); operations run in file order on a generator seeded when the seed changes.
"""
import random
import sys

assert sys.version_info[:2] == (3, 11), sys.version

SEEDS = [("i", 0), ("i", 1), ("i", 42), ("i", -7), ("i", 2**100 + 12345), ("i", 2**32), ("i", 12345678901234567890123),
         ("s", "hello"), ("s", ""), ("s", "Skein é"), ("h", 3.5)]

OPS = (["random"] * 5 + ["randint 1 100"] * 10 + ["shuffle 20", "sample 100 10", "sample 30 25", "sample 1000 5",
       "sample 5 0", "sample 10000 60"] + ["choice 7"] * 5 + ["getrandbits 100", "getrandbits 32", "getrandbits 64",
       "getrandbits 65", "getrandbits 1", "getrandbits 0", "randrange 0 100 7", "randrange1 1000000000000000000000000000000",
       "randrange 100 0 -3", "randrange 5 10 1", "randrange 0 18446744073709551617 1", "uniform -5 5", "gauss 0 1",
       "gauss 0 1", "gauss 10 2", "choices 10 5", "wchoices 5 5", "randbytes 5", "randbytes 0", "shuffle 1", "shuffle 2",
       "random"])


def run(r, op):
    name, *args = op.split()
    a = [int(x) for x in args]
    if name == "random":
        return repr(r.random())
    if name == "randint":
        return str(r.randint(*a))
    if name == "shuffle":
        x = list(range(a[0]))
        r.shuffle(x)
        return " ".join(map(str, x))
    if name == "sample":
        return " ".join(map(str, r.sample(range(a[0]), a[1])))
    if name == "choice":
        return str(r.choice(range(a[0])))
    if name == "getrandbits":
        return str(r.getrandbits(a[0]))
    if name == "randrange":
        return str(r.randrange(*a))
    if name == "randrange1":
        return str(r.randrange(a[0]))
    if name == "uniform":
        return repr(r.uniform(*a))
    if name == "gauss":
        return repr(r.gauss(*a))
    if name == "choices":
        return " ".join(map(str, r.choices(range(a[0]), k=a[1])))
    if name == "wchoices":
        return " ".join(map(str, r.choices(range(a[0]), weights=range(1, a[0] + 1), k=a[1])))
    if name == "randbytes":
        return r.randbytes(a[0]).hex()
    raise ValueError(op)


for kind, seed in SEEDS:
    r = random.Random(seed)
    tag = f"{kind}:{hash(seed) if kind == 'h' else seed}"
    for op in OPS:
        print(f"{tag}\t{op}\t{run(r, op)}")
