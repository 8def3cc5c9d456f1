# str.format: auto/manual numbering, attribute and index fields, conversions, nested and errors
class P:
    x = 5
    items = ['i0', 'i1']
print('{} {}'.format(1, 2), '{1} {0} {1}'.format('a', 'b'), '{name}-{0}'.format(9, name='n'))
print('{0.x} {0.items[1]} {d[k]} {d[0]}'.format(P(), d={'k': 'v', 0: 'zero'}), '{:>{w}}|'.format('r', w=4))
print('{!r} {!s} {!a} {0!r:>8}'.format('é', 'é', 'é'), '{{}} {{{0}}}'.format(1), '{:{}{}}'.format(3.14159, '.', '2f'))
print('{0[0]}{0[1]}'.format('ab'), '{a[1]}'.format(a=[5, 6]), '{:%}'.format(0.25), '{:*<6}'.format(7))
for fmt, args, kw in [('{} {0}', (1, 2), {}), ('{0} {}', (1, 2), {}), ('{2}', (1,), {}), ('{x}', (), {}),
                      ('{!x}', (1,), {}), ('{0.nope}', (1,), {}), ('{0[5]}', ([1],), {}), ('{', (), {}),
                      ('}', (), {}), ('{0:{1}}', (1, 'zz'), {}), ('{:d}', ('s',), {}), ('{0[k]}', ({},), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print('{x}'.format_map({'x': 1}), '{0:b}'.format(10), '{:,}'.format(1234567))
