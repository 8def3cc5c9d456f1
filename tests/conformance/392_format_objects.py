# format() on objects: object.__format__ rejects non-empty specs; str subclass behaviour of __str__
class Plain:
    def __str__(self):
        return 'plain'
class WithRepr:
    def __repr__(self):
        return 'R!'
print(format(Plain()), f'{Plain()}', '{}'.format(Plain()), f'{WithRepr()}', f'{WithRepr()!s:>4}', '{0!r:^6}'.format(Plain()) == '{0!r:^6}'.format(Plain()))
for spec in ['>10', 's', 'x']:
    try:
        format(Plain(), spec)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    f'{Plain():>10}'
except TypeError as e:
    print(type(e).__name__, e)
print(f'{Plain()!s:>10}|', f'{Plain()!r:.2}' == '<_', f'{None!s:>6}|', f'{[1, 2]!s:^10}|', format((1, 2), ''), str(format(1, '')))
