# Dicts keyed by computed strings: growth, deletion, reinsertion order, lookups on big
# dicts; str concatenation with aliasing; split/join edge cases; str()/int() fast paths.

d = {}
for i in range(5000):
    d["k" + str(i)] = i
print(len(d), d["k0"], d["k4999"], "k5000" in d, d.get("k5000"), d.get("k12", -1))

# deletion then reinsertion: a re-added key goes to the end
for i in range(0, 5000, 3):
    del d["k" + str(i)]
print(len(d), list(d)[:5], list(d)[-3:])
d["k0"] = "back"
d["k3"] = "again"
print(list(d.items())[-3:])
print(d.setdefault("k1", 99), d.setdefault("new", 7), d["new"], len(d))
print(d.pop("k1"), "k1" in d, d.pop("k1", "gone"))

# shrink to a few, then grow again: order stays insertion order
for k in list(d)[:-4]:
    del d[k]
print(d)
for i in range(20):
    d["z" + str(i)] = i
print(list(d)[:6], len(d))
d.clear()
print(d, len(d))

# counting words
words = ("alpha beta alpha gamma beta alpha " * 50).split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)

# `s += c` must not change another name bound to the same string
s = ""
t = s
for c in "abcdef":
    s += c
    if c == "c":
        t = s
print(s, t)
u = "x" * 60
v = u
u += "y"
print(len(u), len(v), v[-1], u[-1])
parts = []
acc = "q"
for i in range(5):
    parts.append(acc)
    acc += str(i)
print(parts, acc)

# split / join edge cases
print("".split(","), "".split(), ",".split(","), ",,a,,".split(","))
print("a b  c ".split(" "), "  a b  c ".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("abc".split("abc"), "aaa".split("a"), "x".join([]), "x".join(["one"]), "-".join("abc"))
print(", ".join(str(i) for i in range(5)), "\n".join(["a", "", "b"]).split("\n"))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)

# str() and int() of built-in values
print(str(0), str(-12), str(2**62), str(1.5), str("s"), int("42"), int("-7"), int(" 8 "), int("1_000"))
print(float(3), int(2**70 // 2**10), str(True), int(True))
try:
    int("4x")
except ValueError as e:
    print("ValueError", e)
big = "9" * 30
print(int(big) + 1)
print("é" + str(5), len("é" + str(5)), ("é" * 30 + "x")[-2:])
