# json.dumps of floats uses float.__repr__: shortest round-trip digits and exponent forms
import json
vals = [0.1, 1 / 3, 1e16, 1e15, 1.5e-5, 1e-4, 123456789.0, 2.0 ** 70, -1e-320, 1781722182871503.25, 1e22, 3.0]
print(json.dumps(vals))
print(json.dumps({'x': 1e300 * 10, 'y': -1e300 * 10}), json.loads(json.dumps(vals)) == vals)
