d = dict.fromkeys("abc", 0)
print(d)
for ch in "abracadabra":
    d[ch] = d.get(ch, 0) + 1
print(d, sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
print(d.pop("z", "none"), d.popitem(), d)
d2 = d.copy()
d2["new"] = 1
print(len(d), len(d2), d == d2, {1: 2} == {1: 2.0}, {"a": [1]} != {"a": [2]})
d2.clear()
print(d2, bool(d2), list({3: 1, 1: 2, 2: 3}))
inv = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inv, 1 in inv, "x" in inv)
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("z"))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
counts = {}
for w in "the cat the hat the end".split():
    counts.setdefault(w, []).append(len(w))
print(counts)
