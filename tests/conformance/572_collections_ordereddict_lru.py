from collections import OrderedDict
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()
    def get(self, k):
        if k not in self.data:
            return None
        self.data.move_to_end(k)
        return self.data[k]
    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.cap:
            self.data.popitem(last=False)
c = LRU(2)
c.put('a', 1); c.put('b', 2)
print(c.get('a'))
c.put('c', 3)
print(c.get('b'), c.get('c'), list(c.data.items()), c.data)
od = OrderedDict.fromkeys('xyz') if hasattr(OrderedDict, 'fromkeys') else OrderedDict((k, None) for k in 'xyz')
print(list(od), list(reversed(od)) if hasattr(od, '__reversed__') else None)
od2 = OrderedDict(a=1)
od2.update({'b': 2}, c=3)
print(od2, od2.get('z', 0), od2.pop('a'), od2.setdefault('d', 4), len(od2))
