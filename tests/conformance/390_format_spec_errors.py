# format spec error messages per type
cases = [(1.5, 'd'), ('s', 'd'), (1, 's'), ('s', '+'), ('s', '#'), ('s', '='), ('s', ','), (1, '.2'), (1.0, '.'), (1, 'x,'),
         (1, '=10c'), (300000000, 'c'), (-1, 'c'), (1.5, '#x'), ('s', '020'), (1, '1000000000000000000000'), (1, '.1000000000000000000000f'),
         (None, 'x'), ([], '>5'), (1, '_n'), (1.5, ',n'), ('x', 'z')]
for v, spec in cases:
    try:
        print(repr(spec), repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
