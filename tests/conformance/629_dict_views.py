d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
d["d"] = 4
print(k, list(v), ("d", 4) in i, ("d", 5) in i, "a" in k, 9 in v, 4 in v)
print(list(reversed(k)), list(reversed(i)), list(reversed(d)))
print(type(k).__name__, type(v).__name__, type(i).__name__, bool({}.keys()), sorted(k))
del d["a"]
print(k, list(zip(k, v)))
