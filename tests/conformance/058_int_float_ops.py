print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7.5 // 2, -7.5 % 2, 2 ** 10, 2.0 ** 3, (-8) ** (1 / 3) if False else 0)
print(1 / 3, 2 / 3, 10 / 5, 1e10, 1e-10, 123e15, 1.5e16, 0.1 + 0.7, 3 * 0.1)
print(int(7.9), int(-7.9), round(7.5), round(8.5), round(-2.5), float(7), 7 == 7.0, hash(7) == hash(7.0))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 3, 256 >> 2, -1 >> 10, -(2 ** 70) >> 3)
print(abs(-0.0), max(1, 2.5), min(-1, -1.5), sum([0.1] * 10), 2 ** 63, -(2 ** 63), 2 ** 63 - 1)
print(10 ** 18 * 10, (10 ** 18 * 10) // 10, 3 * (1 << 62), (1 << 64) - 1, (1 << 64) % 1000)
print(float("1e309"), -float("inf"), float("nan") == float("nan"), 1e308 * 10)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1 < 1.5 < 2, 2 ** 0.5 * 2 ** 0.5)
try:
    2 ** -1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0.0
except ZeroDivisionError as e:
    print(e)
print(divmod(7.5, 2), divmod(-7, 2), 10 % -3, -10 % -3, 9 // -2)
