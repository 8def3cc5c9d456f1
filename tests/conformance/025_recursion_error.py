import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(150))
try:
    count(500)
except RecursionError:
    print("limit respected")
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print("repr recursion caught")
sys.setrecursionlimit(1000)
l = []
for i in range(100000):
    l = [l]
try:
    print(len(str(l)))
except RecursionError as e:
    print("deep repr:", type(e).__name__)
del l
print("freed deep nesting")
