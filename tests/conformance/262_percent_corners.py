# % formatting corners: mapping keys, *, flags, %c, %r/%a, tuple vs single arg, errors
print('%s and %r' % ('a', 'a'), '%a' % 'é', '%5s|%-5s|' % ('r', 'l'), '%.2s' % 'abcdef')
print('%d %i %u' % (1, -2, 3), '%+d % d' % (5, 5), '%05d|%-5d|%5d' % (42, 42, 42), '%x %X %o %#x %#o' % (255, 255, 8, 255, 8))
print('%e %E %.3f %g %G' % (12345.678, 0.00012, 2.5, 1e-7, 1e20), '%10.3f|' % 3.14159, '%-10.1e|' % 31.4)
print('%(a)s-%(b)d' % {'a': 'x', 'b': 7}, '%(a)s %(a)r' % {'a': 'q'}, '%*d|%-*d|' % (5, 1, 4, 2), '%.*f' % (2, 3.14159))
print('%c%c' % (72, 'i'), '%%', '%s' % [1, 2], '%s' % ((1, 2),), '%d' % 3.99, '%s' % None, '%i' % True)
print('100%% done' % (), '%s' % {'k': 1}, '%(x)s' % {'x': [1]}, '%.0f %.0f' % (0.5, 1.5))
for fmt, args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1), ('%(k)s', {}), ('%c', 'ab'),
                  ('%c', 0x110000), ('%(a)s', 5), ('%', ()), ('%d', None), ('%x', 1.5), ('%*d', ('a', 1))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
