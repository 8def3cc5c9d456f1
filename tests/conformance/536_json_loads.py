import json
print(json.loads('{"a": 1, "b": [1, 2.5, null, true, false], "c": "x"}'))
print(json.loads('[1, -2, 3.25, 1e3, -1.5E-2, 0]'), json.loads('"\\u00e9\\n\\"\\ud83d\\ude00"'))
print(json.loads('  {"nested": {"deep": [[], {}]}}  '), json.loads('NaN'), json.loads('-Infinity'))
print(type(json.loads('1')).__name__, type(json.loads('1.0')).__name__, json.loads('123456789012345678901234567890'))
print(json.loads(b'[1]'), json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
print(json.loads('[1.5]', parse_float=str), json.loads('{"x": 1, "y": 2}', object_pairs_hook=list))
data = {'name': 'skein', 'tags': ['a', 'b'], 'n': 3, 'f': 0.5, 'ok': True, 'none': None}
print(json.loads(json.dumps(data)) == data, json.loads(json.dumps(data, indent=2)) == data)
