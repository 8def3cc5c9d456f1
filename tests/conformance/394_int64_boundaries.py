# arithmetic crossing the 64-bit boundary stays exact (small-int fast paths overflow into big ints)
M = 2 ** 63 - 1
m = -(2 ** 63)
print(M + 1, m - 1, M * 2, m * -1, -m, abs(m), m // -1, m % -1, divmod(m, -1), M - m, m + m)
print(1 << 62, 1 << 63, 1 << 64, -1 << 63, M >> 1, (M + 1) >> 1, M ** 2, m ** 2, (-m) ** 0, pow(m, 1))
print(M * M // M == M, (M + 1) - 1 == M, type(M + 1 - 1).__name__, hash(M + 1 - 1) == hash(M), (M + 1 - 1) is not None)
x = M
x += 1
x -= 1
print(x == M, x, [M, M + 1][1] - 1 == M, sorted([M + 1, M, m - 1, m]), max(M, M + 1), min(m, m - 1))
print(3037000500 * 3037000500, -3037000500 * 3037000500, 4611686018427387904 * 2, (-4611686018427387904) * 2)
print(str(2 ** 64)[-5:], int(str(m - 1)), float(M), float(M + 1) == 2.0 ** 63, M // 10, m // 10, M % 10, m % 10)
