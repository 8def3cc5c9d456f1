# json round trips for floats, big ints, escapes, unicode and nesting
import json
vals = [0.1, 1e-7, 1e22, 123456789.123456789, -0.0, 2 ** 64, -(10 ** 25), 'tab\t', 'quote"', 'back\\slash', '\x01', 'é中😀',
        [], {}, [[[[1]]]], {'a': {'b': {'c': [None, True, False]}}}, '', ' ']
for v in vals:
    s = json.dumps(v)
    back = json.loads(s)
    print(s, back == v, type(back).__name__)
print(json.loads(json.dumps('é', ensure_ascii=False)), json.dumps('\u2028\u2029'), json.loads('"\\/"'), json.loads('[1.0, 1e2, 1E-2, 0.5e1]'))
print(json.loads('  {"k" :\n [ 1 ,2 ] }  '), json.loads('"\\u0041\\t"'), json.dumps({'k': 'v'}, indent=3, separators=(',', ' = ')))
