a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 4}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.items() & b.items()), sorted(a.keys() & {"x", "q"}), sorted({"y", "q"} & a.keys()), sorted(["x", "w"] - a.keys()))
print(a.keys() == {"x", "y", "z"}, a.keys() == b.keys(), a.keys().isdisjoint({"q"}), a.items().isdisjoint(b.items()))
print(type(a.keys() & b.keys()).__name__, a.values() == a.values())
