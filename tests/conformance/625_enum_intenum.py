from enum import IntEnum
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE + 1, N.TWO * 3, N.ONE == 1, N.ONE < N.TWO, sorted([N.TWO, N.ONE]), repr(N.ONE), str(N.TWO))
print(f"{N.TWO:03d}", int(N.TWO), isinstance(N.ONE, int), hash(N.ONE) == hash(1), {1: "a"}[N.ONE])
print([10, 20, 30][N.TWO], N(2), list(N), N.TWO.name, N.TWO.value, type(N.ONE + N.TWO).__name__)
