# copy of classes, functions and modules returns the same object; lists of them are shallow
import copy, math
class K:
    pass
def f():
    pass
for obj in [K, f, len, int, None, Ellipsis, range(3), 'x', (1, 2)]:
    print(type(obj).__name__, copy.copy(obj) is obj, copy.deepcopy(obj) is obj)
lst = [K, f, len]
c = copy.deepcopy(lst)
print(c is lst, all(a is b for a, b in zip(c, lst)))
