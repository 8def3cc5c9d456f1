x = 2 ** 10000
print(len(str(x)), x % 1000007, x.bit_length())
y = 3 ** 5000 * 7 ** 3000
print(y % (10 ** 9 + 7), (y // 3 ** 4999) % 100, -y // 10 ** 6000 < 0)
f = 1
for i in range(1, 300):
    f *= i
print(str(f)[:20], len(str(f)))
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
print(hash(2 ** 100) == hash(2 ** 100), hash(-1), hash(1.5), hash(2.0) == hash(2))
print(float(2 ** 60), int(1e20), 2 ** 64 // 3, (-2) ** 63, abs(-(2 ** 80)))
try:
    float(2 ** 5000)
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 0.5 == 2 ** 0.5, 10 ** -2, 0 ** 0, divmod(10 ** 30, 7))
