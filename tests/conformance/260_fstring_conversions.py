# f-string conversions !r !s !a, the = specifier, nested specs and format_spec with conversion
name = 'Zoë'
n = 42
x = 3.14159
items = [1, 'a']
print(f'{name!r} {name!s} {name!a} {items!r} {n!a}')
print(f'{n=} {name=} {x=:.2f} {items=!s} {n = }')
print(f'{n + 1=}', f'{x!r:>12}', f'{name!r:^10}|', f'{"q"!a}')
w, p = 10, 3
print(f'{x:{w}.{p}f}|', f'{x:>{w}}|', f'{n:{"<"}{w}}|', f'{n:#{w}x}|')
print(f'{{literal}} {n}', f'{"nested " + f"{n}"}', f'{n:,}', f'{10**6:_}')
class R:
    def __repr__(self):
        return 'R()'
    def __str__(self):
        return 'R-str'
    def __format__(self, spec):
        return f'R-fmt[{spec}]'
r = R()
print(f'{r}', f'{r!r}', f'{r!s}', f'{r:xyz}', f'{r!r:>6}', f'{r=}')
print(f'{3.0=}', f'{None!r}', f'{True:d}', f'{-0.0}')
