# pow with 2 and 3 arguments, negative exponents and modular inverse
print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** -3, 0 ** 0, 0.0 ** 0)
print(pow(2, 100), pow(-3, 5), pow(10, -2))
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(2, 1000, 97))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11))
print(pow(5, 0, 1), pow(5, 0, 7))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 'a'), (0, -1)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(10 ** 20, 10.0 ** 20, 2 ** 64 - 1)
