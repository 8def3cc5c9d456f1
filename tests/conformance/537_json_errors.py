import json
def attempt(s):
    try:
        print(json.loads(s))
    except json.JSONDecodeError as e:
        print('JSONDecodeError:', e, '|', e.msg, e.lineno, e.colno, e.pos)
for s in ['', '   ', '[1,]', '{"a" 1}', '{"a": 1,}', '{a: 1}', '[1 2]', '"abc', '[1] x',
          '{"a": 1}}', 'tru', '"\\x"', '"a\nb"', '{\n  "a": 1,\n  "b":\n}', '-', '[', '{"a":']:
    attempt(s)
print(issubclass(json.JSONDecodeError, ValueError))
for bad in [{1, 2}, object, {'a': b'x'}, {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print('TypeError:', e)
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print('ValueError:', e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError:', e)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError:', e)
