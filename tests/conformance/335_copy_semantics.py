# copy.copy/deepcopy of builtins and instances: what is shared and what is new
import copy
class Box:
    def __init__(self, items):
        self.items = items
        self.name = 'box'
b = Box([1, 2])
s = copy.copy(b)
d = copy.deepcopy(b)
b.items.append(3)
print(type(s).__name__, s.items, d.items, s.items is b.items, d.items is b.items, s.name)
for v in [1, 'str', (1, 2), None, frozenset({1}), 3.5, True]:
    print(repr(v), copy.copy(v) == v, copy.deepcopy(v) == v)
lst = [1, 2]
print(copy.copy(lst) is lst, copy.copy(lst) == lst, copy.copy({'a': 1}), copy.copy({1, 2}) == {1, 2})
nested = {'k': [1, {'z': [2]}]}
deep = copy.deepcopy(nested)
deep['k'][1]['z'].append(3)
print(nested, deep)
class WithState:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        return {'v': self.v * 10}
    def __setstate__(self, st):
        self.v = st['v'] + 1
print(copy.copy(WithState()).v, copy.deepcopy(WithState()).v)
def fn():
    pass
print(copy.copy(fn) is fn, copy.deepcopy(fn) is fn, copy.deepcopy(len) is len)
