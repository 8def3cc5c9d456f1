# float formatting with e/f/g/% at many precisions
vals = [0.0, 1.0, -1.5, 0.1, 123.456, 1e-5, 1.5e-7, 12345678.9, 1e16, 2.5, 0.000123456, 99.995, 9.9999e9]
for v in vals:
    print(repr(v), [format(v, f'.{p}{t}') for t in 'efg' for p in (0, 1, 3, 6)], format(v, '%'), format(v, '.2%'), format(v, ''), format(v, 'n'))
print(format(1e100, 'f')[:20], len(format(1e100, 'f')), format(2 ** 0.5, '.20f'), format(1 / 3, '.17g'), format(0.1, '.30f'))
print(format(5e-324, 'e'), format(5e-324, '.3g'), format(1.7976931348623157e308, '.3e'), format(123.456, '#.0f'), format(100.0, '#g'))
