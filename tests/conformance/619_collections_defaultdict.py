from collections import defaultdict
import json
d = defaultdict(list)
d["x"].append(1); d["y"]
print(d, isinstance(d, dict), d.default_factory, dict(d), len(d), "x" in d, "z" in d)
dd = defaultdict(int, {"a": 1}); dd["b"] += 2
print(dd, dd.copy(), json.dumps(dd), type(dd.copy()).__name__)
n = defaultdict(lambda: defaultdict(int)); n["a"]["b"] += 1
print(dict(n["a"]), defaultdict(None))
try:
    defaultdict()["k"]
except KeyError as e:
    print("KeyError", e)
