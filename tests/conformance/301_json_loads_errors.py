# json.loads values and JSONDecodeError messages with positions
import json
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\n"}'), json.loads(' 7 '), json.loads('"x"'))
print(json.loads('[]'), json.loads('{}'), json.loads('1E400'), json.loads('-0'), json.loads('NaN'), json.loads('[Infinity]'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('123456789012345678901234567890'), json.loads('"\\ud83d\\ude00"'))
print(json.loads('[1, 2]', parse_int=str), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())), json.loads('1.5', parse_float=str))
bad = ['', '[1,]', '{"a" 1}', '{a: 1}', '[1 2]', 'tru', '"abc', '{"a": }', '[', '1 2', "'x'", '{"a":1,}', '"\\x"', '-', '[1]]']
for s in bad:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), type(e).__name__, e, e.pos, e.lineno, e.colno)
try:
    json.loads('{\n  "a": 1,\n  oops\n}')
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, json.decoder.JSONDecodeError))
try:
    json.loads(5)
except TypeError as e:
    print(type(e).__name__, e)
