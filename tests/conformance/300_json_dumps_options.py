# json.dumps: indent (int and str), sort_keys, separators, ensure_ascii, nested values
import json
data = {'b': [1, 2.5, None, True], 'a': {'z': 'é', 'y': []}, 'c': {}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent='\t'))
print(json.dumps(data, separators=(',', ':')), json.dumps([1, [2]], indent=0))
print(json.dumps('é\n"\\', ensure_ascii=False), json.dumps('é\U0001f600'), json.dumps(1e100), json.dumps(-0.0))
print(json.dumps({1: 'int key', 2.5: 'f', True: 'b', None: 'n'}), json.dumps((1, 2)), json.dumps(10 ** 30))
print(json.dumps(float('inf')), json.dumps(float('nan')), json.dumps([], indent=4), json.dumps({}, indent=4))
for v, kw in [({'s'}, {}), (object(), {}), ({(1, 2): 3}, {}), (float('nan'), {'allow_nan': False}), (b'x', {})]:
    try:
        json.dumps(v, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, 'k': 1}, skipkeys=True), json.dumps(object(), default=lambda o: 'custom'))
