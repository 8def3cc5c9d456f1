a = 2 ** 62
print(a + a, a * 4, -a - a - a)
x = 9223372036854775807
print(x + 1, -x - 2, x * x)
print((x + 1) - 1 == x, type(x + 1))
print(abs(-2 ** 63), -(-2 ** 63))
print(1 << 70, (1 << 70) >> 68, 12345678901234567890 % 97)
print(divmod(-17, 5), divmod(17, -5), divmod(2 ** 65, 7))
print(pow(3, 100, 7), pow(2, 10), round(2.5), round(3.5), round(2.675, 2))
print(int("123"), int(" -42 "), int("ff", 16), int("0x1f", 0), int(3.99), int(-3.99))
print(float("1.5"), float("inf"), float("-inf"), str(float("nan")))
print(hex(255), oct(8), bin(5), hex(-255))
print(True + True, True * 3, False - 1)
