# round: no ndigits returns int, half-even, ndigits positive and negative, ints and floats
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.675, 1e20, -2.5]:
    print(x, round(x), type(round(x)).__name__)
for x, n in [(2.675, 2), (1.005, 2), (123.456, -1), (123.456, -2), (125, -1), (135, -1),
             (-125, -1), (0.125, 2), (0.375, 2), (1234, -2), (1250, -2), (15, -1), (5, 0),
             (2.5, 0), (1e300, -300), (1.23456789, 5), (7, 3), (0.0, 3), (-0.0, 1)]:
    r = round(x, n)
    print(x, n, r, type(r).__name__)
print(round(float('inf'), 2), round(float('nan'), 1))
for x in [float('inf'), float('nan')]:
    try:
        round(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round('1')
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
print(round(True), round(10 ** 30 + 5, -1))
