import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(a, b, c)
print(b[1] is a[1], c[1] is a[1])
d = {'x': [1], 'y': (1, [2])}
e = copy.deepcopy(d)
e['y'][1].append(3)
print(d, e)
class P:
    def __init__(self, items):
        self.items = items
p = P([1, 2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.items.append(3)
print(q.items, r.items, type(r).__name__, q is p)
class C:
    def __copy__(self):
        return 'custom copy'
    def __deepcopy__(self, memo):
        return 'custom deep'
print(copy.copy(C()), copy.deepcopy(C()))
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[0])
print(copy.copy(5), copy.deepcopy('s'), copy.copy((1, 2)), copy.deepcopy({1, 2}))
