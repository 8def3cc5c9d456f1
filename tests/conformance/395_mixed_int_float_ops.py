# mixed int/float arithmetic and comparisons, including big ints near float limits
print(1 + 1.5, 2 ** 60 + 0.5, 10 ** 20 * 1.0, 7 // 2.0, 7 % 2.5, -7 // 2.5, 2 ** -1, 10 / 4, 9 ** 0.5)
print(2 ** 53 == 2.0 ** 53, 10 ** 16 < 1e16 + 2, 1e16 == 10 ** 16, 0.1 + 0.2 > 0.3)
print(int(1e16) == 10 ** 16, float(10 ** 16) == 1e16, 10 ** 18 + 0.0, float(2 ** 62) == 2 ** 62, round(2 ** 62 + 0.0) == 2 ** 62)
print(sorted([3, 2.5, 1, 2 ** 40, 1e12, -1, -0.5]), max(1, 1.0, key=type.__name__.__len__) if False else max(2, 2.0), sum([1, 0.5, 2 ** 60]))
print(3 * 1.1, 1.1 * 3, 0.1 * 3 == 0.3, 1 / 3 * 3 == 1.0)
