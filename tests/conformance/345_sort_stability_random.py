# sorting 2000 seeded random records: stable by key, reverse keeps ties in order
import random
rng = random.Random(345)
recs = [(rng.randrange(10), i) for i in range(2000)]
by_key = sorted(recs, key=lambda r: r[0])
ok = all(by_key[j][0] < by_key[j + 1][0] or (by_key[j][0] == by_key[j + 1][0] and by_key[j][1] < by_key[j + 1][1]) for j in range(len(by_key) - 1))
print(ok, by_key[:3], by_key[-3:])
rev = sorted(recs, key=lambda r: r[0], reverse=True)
print(all(rev[j][0] > rev[j + 1][0] or rev[j][1] < rev[j + 1][1] for j in range(len(rev) - 1)), rev[:3])
words = [''.join(rng.choice('abc') for _ in range(rng.randrange(1, 4))) for _ in range(30)]
print(sorted(words), sorted(words, key=len)[:10])
nums = [rng.uniform(-1, 1) for _ in range(500)]
s = sorted(nums)
print(all(a <= b for a, b in zip(s, s[1:])), s[0] == min(nums), s[-1] == max(nums))
