# int<->str conversion limit (4300 digits) and sys.set_int_max_str_digits
import sys
print(sys.get_int_max_str_digits())
n = int('9' * 4300)
print(len(str(n)))
try:
    int('1' * 4301)
except ValueError as e:
    print(type(e).__name__, e)
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10 ** 5000)), int('f' * 5000, 16) > 0)
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4500)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
