x = 5
print(1 < x < 10, 1 < x < 3, 10 > x >= 5, x == 5 != 6, 1 <= 1 < 2 <= 2, 0 < x is not None)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(0) < v(3), calls)
print([1, 2] == [1, 2] == [1, 2], (1, 2) < (1, 2, 0), "a" < "b" < "c", None is None is None)
print(2 in [1, 2] in [[1, 2]], not 1 == 2, not (1 < 2 < 3))
a = b = c = []
a.append(1)
print(b, c, a is c)
i = j = 0
i += 1
print(i, j)
t = 1,
print(t, type(t).__name__, (), (1, 2) + (3,))
