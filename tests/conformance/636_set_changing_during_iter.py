s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
s = set(range(10))
for x in list(s):
    if x % 2:
        s.remove(x)
print(s, len(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(hash(frozenset({1, 2, 3})) == hash(frozenset([3, 2, 1])), {frozenset({1}): "a"}[frozenset([1])])
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2), -5})))
