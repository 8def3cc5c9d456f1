# round(x, None) is round(x); types of results for int/float/bool with ndigits
for x in [2.5, 3.5, -2.5, 7, True, 10 ** 20, 2.675]:
    r1, r2 = round(x), round(x, None)
    print(repr(x), repr(r1), repr(r2), type(r2).__name__, repr(round(x, 0)), type(round(x, 0)).__name__)
class Rounder:
    def __round__(self, ndigits=None):
        return f'rounded({ndigits!r})'
print(round(Rounder()), round(Rounder(), None), round(Rounder(), 3), round(x=2.5) if False else 'kw-skip')
try:
    round(1.5, 'x')
except TypeError as e:
    print(type(e).__name__, e)
