# insort keeps a list sorted; bisect positions agree with a linear scan
import bisect, random
rng = random.Random(826)
a = []
for _ in range(300):
    bisect.insort(a, rng.randrange(100))
print(a == sorted(a), len(a), a[:10])
ok = True
for _ in range(300):
    x = rng.randrange(-5, 105)
    left = sum(1 for v in a if v < x)
    right = sum(1 for v in a if v <= x)
    if bisect.bisect_left(a, x) != left or bisect.bisect_right(a, x) != right:
        ok = False
print(ok)
