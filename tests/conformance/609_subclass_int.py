class Money(int):
    def __repr__(self):
        return f"${int(self)}"
m = Money(5)
print(m, repr(m), m + 1, type(m + 1).__name__, m * 2, m // 2, -m, m == 5, m < 6, hash(m) == hash(5))
print(isinstance(m, int), [10, 20, 30, 40, 50, 60][m], f"{m:03d}", "%d" % m, str(m))
class Bits(int):
    def __add__(self, other):
        return Bits(int(self) | int(other))
print(Bits(1) + 2, type(Bits(1) + 2).__name__, 3 + Bits(1))
