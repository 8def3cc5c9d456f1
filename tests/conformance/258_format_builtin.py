# format() builtin with __format__, default spec, and errors
print(format(3.14159, '.2f'), format(42), format(42, ''), format('x', '>3'), format(255, '#x'), format(None))
class Money:
    def __format__(self, spec):
        return f'${spec or "plain"}'
print(format(Money(), 'usd'), f'{Money():abc}', '{:q}'.format(Money()), format(Money()))
class NoFmt:
    pass
print(format(NoFmt(), '').startswith('<__main__.NoFmt'))
for fn in [lambda: format(NoFmt(), 'x'), lambda: format(1, 'z'), lambda: format('a', 'd'), lambda: format(1.5, 'd'),
           lambda: format(1, 5), lambda: format([], 'x')]:
    try:
        print(fn())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class BadFmt:
    def __format__(self, spec):
        return 1
try:
    format(BadFmt())
except TypeError as e:
    print(type(e).__name__, e)
