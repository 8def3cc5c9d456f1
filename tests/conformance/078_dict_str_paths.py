# dict items iteration (tuple reuse), str-keyed lookups, str subclasses with __eq__
# as keys, big dicts with deletions, split into exactly sized lists, startswith/endswith.

d = {"k%d" % i: i for i in range(20)}
kept = list(d.items())
print(kept[:3], kept[-1])
pairs = []
for t in d.items():
    pairs.append(t)
print(pairs[5], pairs[6], pairs[5] is pairs[6])
it = iter(d.items())
a = next(it)
b = next(it)
print(a, b, a == ("k0", 0))
total = 0
for k, v in d.items():
    if k.endswith("7"):
        total += v
print(total)
try:
    for k, v in d.items():
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)


class S(str):
    def __eq__(self, o):
        return True

    def __hash__(self):
        return hash("zz")


e = {"a": 1}
e[S("q")] = 5
print(e.get("zz"), e.get(S("w")), "zz" in e, len(e))


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, o):
        return o == self.v


big = {str(i): i for i in range(2000)}
for i in range(0, 2000, 3):
    del big[str(i)]
big[K("42")] = "K"
print(len(big), big["1999"], big.get("3"), big["42"], sum(v for v in big.values() if isinstance(v, int)))
big.clear()
big["x"] = 1
print(big)

for s in ["", "a", "x" * 46, "y" * 47, "é" * 23, "é" * 24, "key12345"]:
    t = s + "!"
    print(len(s), len(t), t[-3:], hash(s) == hash("" + s), {s: 1}[s[:0] + s])

print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print(",".split(","), "".split(","), "abc".split(","), "a\u00e9b\u00e9".split("\u00e9"))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "  x  y ".split(), " x y ".rsplit(None, 1))
print("a,b,c".split(",", 0), "a,b,c".split(",", -1), "a,b,c".split(sep=",", maxsplit=1))
print("key17".endswith("7"), "key17".startswith("key"), "key17".endswith(("x", "17")))
print("abc".endswith("c", 0, 2), "abc".endswith("", 5), "abc".startswith("", 3), "héllo".endswith("lo", -2))
try:
    "a".startswith(1)
except TypeError as e:
    print("TypeError:", e)
