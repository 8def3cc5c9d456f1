class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["x"] = 1
u["Y"] = 2
print(u, u["X"], u["y"], list(u), sorted(u.items()))
dict.__setitem__(u, "raw", 3)
print(u, len(u))
del u["X"]
print(u)
import json
print(json.dumps(u, sort_keys=True))
