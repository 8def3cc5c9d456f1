# is_integer, as_integer_ratio, conjugate, int/float interplay
for x in [1.0, 1.5, -2.0, 0.0, 1e300, 0.1]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.conjugate(), x.real, x.imag)
for x in [float('inf'), float('nan')]:
    try:
        x.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float('inf').is_integer(), float('nan').is_integer())
print(1 == 1.0, 2 ** 53 == float(2 ** 53), 10 ** 20 > 1e19, -10 ** 20 < -1e19)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1 / 2, 7 / 7, type(7 / 7).__name__)
print(int(1e18), int(-1e18), int(2.5e-3), 3 * 0.1, 1e16 + 1)
print(float.__name__, (2.5).__trunc__(), (2.5).__floor__(), (-2.5).__ceil__())
print(hash(1.0) == hash(1), hash(0.5), hash(-1.0), hash(float('inf')))
