# total_ordering from each root method, and NotImplemented propagation
from functools import total_ordering
def build(root):
    ns = {'__init__': lambda self, v: setattr(self, 'v', v), '__eq__': lambda self, o: self.v == o.v}
    if root == '__lt__':
        ns[root] = lambda self, o: self.v < o.v
    elif root == '__le__':
        ns[root] = lambda self, o: self.v <= o.v
    elif root == '__gt__':
        ns[root] = lambda self, o: self.v > o.v
    else:
        ns[root] = lambda self, o: self.v >= o.v
    return total_ordering(type('T' + root.strip('_'), (), ns))
for root in ['__lt__', '__le__', '__gt__', '__ge__']:
    T = build(root)
    a, b, c = T(1), T(2), T(1)
    print(root, a < b, a <= b, a > b, a >= b, a <= c, a >= c, b > a, b < a)
@total_ordering
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Num) and self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, Num):
            return NotImplemented
        return self.v < o.v
try:
    Num(1) <= 5
except TypeError as e:
    print(type(e).__name__, e)
