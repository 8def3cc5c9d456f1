# json number parsing: ints stay ints, floats stay floats, exponents, -0, big and tiny values
import json
for s in ['0', '-0', '1.0', '1e3', '1E-3', '-1.5e+2', '123456789012345678901234567890', '1e400', '-1e400', '5e-324', '2.5e-324',
          '0.1', '100000000000000000000.0', '[1, 1.0, -0.0]', '{"n": 3.14e0}']:
    v = json.loads(s)
    print(repr(s), repr(v), type(v).__name__, json.dumps(v))
for s in ['01', '1.', '.5', '+1', '1e', '0x10', '1_000', '--1']:
    try:
        print(repr(s), json.loads(s))
    except json.JSONDecodeError as e:
        print(repr(s), type(e).__name__, e)
print(json.loads('1.5', parse_float=lambda t: 'F' + t), json.loads('[NaN, -Infinity]', parse_constant=lambda c: c.lower()))
