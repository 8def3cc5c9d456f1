from collections import Counter
c = Counter("abracadabra")
print(c, c.most_common(2), isinstance(c, dict), c["z"], len(c), sorted(c), c.total())
c2 = Counter(a=1, b=10)
print(c + c2, c - c2, c | c2, c & c2, -Counter(a=-2), +Counter(a=2, b=-1))
c.update("aaa"); c.subtract({"b": 5}); print(c)
print(list(Counter("aab").elements()), Counter() == Counter(x=0), dict(Counter("ab")))
c3 = Counter(x=1); c3 += Counter(x=2, y=1); print(c3)
