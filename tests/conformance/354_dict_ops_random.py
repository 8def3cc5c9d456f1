# seeded random inserts/deletes on a dict; iteration order is insertion order of live keys
import random
rng = random.Random(354)
d = {}
order = []
for _ in range(2000):
    k = rng.randrange(60)
    if rng.random() < 0.6:
        if k not in d:
            order.append(k)
        d[k] = d.get(k, 0) + 1
    elif k in d:
        del d[k]
        order.remove(k)
print(list(d) == order, len(d))
print(list(d.items())[:10])
s = {}
for w in 'the quick brown fox jumps over the lazy dog the end'.split():
    s[w] = s.get(w, 0) + 1
print(s, max(s, key=s.get), sorted(s.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
