# json: default= hook, JSONEncoder subclass, object_pairs_hook, check of circular references
import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps({'p': Point(1, 2)}, default=lambda o: {'x': o.x, 'y': o.y}))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=Enc), Enc(sort_keys=True).encode({'b': 1, 'a': {2}}))
try:
    json.dumps({'o': object()}, cls=Enc)
except TypeError as e:
    print(type(e).__name__, str(e).startswith('Object of type object is not JSON serializable'))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda pairs: pairs))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(type(e).__name__, e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps([1, 2], indent=None, separators=(', ', ': ')), json.dumps({'a': [1, {'b': None}]}, indent=1))
