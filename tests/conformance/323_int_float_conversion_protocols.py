# int(), float(), complex-free numeric protocols: __int__, __index__, __float__, __trunc__
class I:
    def __index__(self):
        return 7
class N:
    def __int__(self):
        return 3
class F:
    def __float__(self):
        return 2.5
class FI:
    def __index__(self):
        return 4
print(int(I()), int(N()), float(F()), [0, 1, 2, 3, 4, 5, 6, 7][I()], bin(I()), range(I())[-1])
print(int('12'), round(F().__float__()), int(float(N().__int__())))
class BadInt:
    def __int__(self):
        return 'x'
class BadFloat:
    def __float__(self):
        return 1
for fn in [lambda: float(N()), lambda: [1][N()], lambda: int(F())]:
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
