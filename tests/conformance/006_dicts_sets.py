d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d.get("a"), d.get("z"), d.get("z", 0), "b" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
del d["a"]
print(d, d.pop("b"), d, d.setdefault("q", 9), d)
d.update({"x": 1}, y=2)
print(d, {k: v * 2 for k, v in d.items()}, dict(a=1, b=2), dict([(1, 2)]))
for k in d:
    print(k, d[k], end="; ")
print()
s = {1, 2, 3}
s.add(4)
s.discard(1)
print(sorted(s), 2 in s, len(s), sorted(s | {9}), s & {2, 3}, s - {2}, {1, 2} <= {1, 2, 3})
print(set(), sorted(set([3, 3, 1])), frozenset([1]), {x % 3 for x in range(10)})
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): 3}[(1, 2)])
e = {}
e[1] = e
print(e)
