# bitwise operators on small, negative and big ints
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 70, -(2 ** 70) + 3]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x10, a ^ -1, a << 3, a >> 2)
print(1 << 100, (1 << 100) >> 99, -1 >> 100, -(1 << 100) >> 1)
print(0x_ff & 0b1010, 0o17 | 0x100)
for bad in [(1, -1), (1 << 3, -2)]:
    try:
        print(bad[0] << bad[1])
    except ValueError as e:
        print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 << 1.0
except TypeError as e:
    print(type(e).__name__, e)
print(~True, ~False, True << 2, -True)
