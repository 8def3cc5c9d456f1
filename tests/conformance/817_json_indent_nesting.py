# json.dumps indentation of deeply nested mixes, empty containers and sort_keys with ints
import json
data = {'z': [], 'a': {}, 'm': [1, [2, [3, {}]], {'k': []}], 'n': {'b': {'c': {'d': None}}}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=2, sort_keys=True, separators=(',', ': ')))
print(json.dumps([[], {}, [[]], [{}]], indent=1))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True), json.dumps({'b': 1, 'a': 2}, sort_keys=True, indent=0))
