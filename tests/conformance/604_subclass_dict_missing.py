class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
d = Default(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d, len(d), d)
class Counting(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counting()
for w in "a b a c a".split():
    c[w] += 1
print(c, isinstance(c, dict), dict(c) == c, type(c).__name__)
