# int(x, base): every base, prefixes, underscores, whitespace and the error messages
for b in range(2, 37):
    print(b, int('10', b), int('z'[:1] if b == 36 else '1', b))
print(int('0x1f', 16), int('0x1f', 0), int('0o17', 0), int('0b101', 0), int('  42  '), int('-0b11', 0))
print(int('1_000_000'), int('0x_ff', 16), int('0b_1_0', 0), int('+7'), int('\t-8\n'))
print(int('zz', 36), int('ZZ', 36), int('0', 0), int('00', 0), int('000'))
print(int(3.99), int(-3.99), int(True), int(), int('٣'))
bad = [('', 10), ('1_', 10), ('_1', 10), ('1__0', 10), ('09', 0), ('0x', 16), ('12', 2),
       ('abc', 10), ('1.5', 10), (' ', 10), ('0b2', 0), ('1 2', 10)]
for s, b in bad:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
for b in [1, 37, -1]:
    try:
        int('1', b)
    except ValueError as e:
        print(type(e).__name__, e)
for x in [None, [1], {}]:
    try:
        int(x)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
for x in [float('inf'), float('nan')]:
    try:
        int(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
