# format mini-language corners: fill/align with =, sign, z, grouping, % and n, precision on str
vals = [(1234567.891, ',.2f'), (-42, '=+8'), (42, '0=8'), (-3.5, '010.2f'), (255, '_b'), (1e6, ',.0f'),
        (0.5, '%'), (0.12345, '.1%'), (123, '+'), (123, ' '), (-123, ' '), ('abc', '.2'), ('abc', '*^9'),
        (3.0, 'g'), (1e-5, 'g'), (1e16, 'g'), (123456789, 'e'), (0.0, '.3e'), (12.0, '#g'), (5, '#o'),
        (65, 'c'), (1.5, '=^10'), (-0.0, 'f'), (-0.0, 'z.1f'), (-0.001, 'z.1f'), (float('inf'), '+'), (float('nan'), '08'),
        (10 ** 20, ','), (-(10 ** 20), '_x'), (True, ''), (True, 'd'), (1234, 'n'), (12.5, 'n'), (7, '<05'), ('x', '<05')]
for v, spec in vals:
    print(repr(spec), format(v, spec))
for v, spec in [(1, ',,'), (1, '.2d'), ('s', ','), (1.5, 'c'), ('a', '='), (1, '_,'), (2, 'x,'), (1.0, 'X%')]:
    try:
        print(format(v, spec))
    except ValueError as e:
        print(type(e).__name__, e)
