from collections import OrderedDict
od = OrderedDict(); od["a"] = 1; od["b"] = 2; od["c"] = 3
od.move_to_end("a"); print(od); od.move_to_end("c", last=False); print(od, list(od))
print(od.popitem(), od.popitem(last=False), od, OrderedDict(), isinstance(od, dict))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict.fromkeys("xy", 0), list(reversed(OrderedDict(a=1, b=2))))
