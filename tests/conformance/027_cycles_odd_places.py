a = [1, 2]
a.append(a)
print(a, len(a))
d = {"k": 1}
d["self"] = d
print(d)
class Node:
    def __init__(self):
        self.next = self
n = Node()
print(n.next is n)
class BadEq:
    def __eq__(self, other):
        raise ValueError("eq failed")
    def __hash__(self):
        return 1
s = {}
s[BadEq()] = 1
try:
    s[BadEq()] = 2
except ValueError as e:
    print("ValueError from __eq__:", e)
class BadHash:
    def __hash__(self):
        raise RuntimeError("no hash")
try:
    {BadHash(): 1}
except RuntimeError as e:
    print("RuntimeError:", e)
class BadRepr:
    def __repr__(self):
        raise KeyError("r")
try:
    print([BadRepr()])
except KeyError as e:
    print("KeyError:", e)
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class BadBool:
    def __bool__(self):
        return "yes"
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
def gen():
    yield 1
g = gen()
next(g)
try:
    g.send(5)
    g.send(5)
except StopIteration:
    print("exhausted")
try:
    next(iter(lambda: 1 / 0, None))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = [1, 2, 3]
for v in x:
    if len(x) < 6:
        x.append(v)
print(x)
dd = {1: 1}
try:
    for k in dd:
        dd[k + 1] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print("survived")
