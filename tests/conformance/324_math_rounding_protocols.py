# math.floor/ceil/trunc use __floor__/__ceil__/__trunc__; round uses __round__
import math
class R:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
    def __trunc__(self):
        return 'trunc!'
    def __round__(self, n=None):
        return ('round', n)
r = R()
print(math.floor(r), math.ceil(r), math.trunc(r), round(r), round(r, 2))
print(math.floor(3), math.ceil(-3), math.trunc(True), math.floor(-0.5), math.ceil(0.0000001), math.trunc(-9.99))
print(math.floor(10 ** 20), math.ceil(1e20), type(math.floor(2.0)).__name__, math.floor(-1e300) == int(-1e300))
class Nothing:
    pass
for f in (math.floor, math.ceil, math.trunc, round):
    try:
        f(Nothing())
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
