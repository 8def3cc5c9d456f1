s = set(range(100))
for i in range(0, 100, 3):
    s.discard(i)
print(s)
print([s.pop() for _ in range(5)], len(s))
t = {1, 9, 17, 25, 33, 41}
print(t.pop(), t.pop(), t)
t.add(57); t.add(1)
print(t)
e = set()
try:
    e.pop()
except KeyError as err:
    print("KeyError:", err)
