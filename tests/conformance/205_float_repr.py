# float repr/str: shortest round-trip digits and the exponent switch points
vals = [0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234,
        -0.0, 0.0, 1.0, 100.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.5, 1e100,
        float('inf'), float('-inf'), float('nan'), 3.141592653589793, 1.1, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v))
print([0.1, -0.0, 1e300 * 10])
print(float('1e500'), float('-1e500'), float('  1.5  '), float('1_0.5'), float('.5'), float('5.'))
print(float('Infinity'), float('-iNF'), float('nan'), float('+1E3'), float(10 ** 20))
for s in ['', 'abc', '1.5.5', '1__0', '1e', ' ', 'in f']:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
print(float.fromhex('0x1.8p1'), (1.5).hex(), (0.1).hex(), float.fromhex('-0x1p-2'))
