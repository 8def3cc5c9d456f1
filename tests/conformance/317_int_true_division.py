# int / int is correctly rounded, even for big operands
print(1 / 3, 2 / 3, 10 ** 30 / 3, (2 ** 53 + 1) / 1, (2 ** 54 + 1) / 2, 10 ** 20 / 10 ** 19)
print(-7 / 2, 7 / -2, 0 / 5, -0 / 5, 10 ** 400 // 10 ** 399)
print(1 / 10 ** 400 if False else 'tiny', 3 ** 200 / 3 ** 199, 123456789 * 987654321 / 987654321)
print(7 // 2, 7.0 // 2, -7 // 2.0, 2 ** 100 // 3, -(2 ** 100) // 3, (2 ** 100) % -7)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (10 ** 30) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
