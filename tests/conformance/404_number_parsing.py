# int(str, base), float(str), str(int) and the 4300-digit limit, bin/oct/hex.
import sys

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["0", "-17", " +42 ", "1_000", "\t7\n", "0b101", "0o17", "0x1F", "00", "007", "1__0", "_1",
          "1_", "", " ", "12a", "१२३", "٣", "+", "-", "0x", "1.5", "1e3", "\u00a012\u2003"]:
    show(lambda: int(s))
for s, b in [("ff", 16), ("0xff", 16), ("0xff", 0), ("0b1_0", 0), ("z", 36), ("Z", 36), ("10", 2),
             ("2", 2), ("0o7", 8), ("077", 0), ("0", 0), ("000", 0), ("_f", 16), ("0x_f", 16),
             ("zz", 37), ("1", 1), ("1", -1), ("  -0b11  ", 0)]:
    show(lambda: int(s, b))
show(lambda: int(5, 10))
show(lambda: int("5", "10"))
show(lambda: int("5", base=8))
show(lambda: int(3.99), )
show(lambda: int(-3.99))
show(lambda: int(1e20))
show(lambda: int(float("inf")))
show(lambda: int(float("-inf")))
show(lambda: int(float("nan")))
show(lambda: int([]))
show(lambda: int("x" * 300))

for s in ["1.5", " -2.25 ", "1e3", "1E-3", "1_000.000_1", ".5", "5.", "inf", "-Infinity", "nan", "-nan",
          "+iNf", "0x10", "1e", "", "1__0", "_1", "1_", "1.5.5", "infinity1", "١.٥", "1e500", "-1e500",
          "4.9e-324", "2.5e-324", "0.1", "123456789012345678901234567890"]:
    show(lambda: float(s))
show(lambda: float(10**308))
show(lambda: float(10**309))
show(lambda: float([]))
show(lambda: float("x" * 300))

big = 10**4299
print(len(str(big)), len(repr(big)), len(f"{big}"), len("%d" % big))
show(lambda: str(10**4300))
show(lambda: repr(-10**4300))
show(lambda: f"{10**4300}")
show(lambda: "%d" % 10**4300)
show(lambda: "{:,}".format(10**4300))
show(lambda: int("1" * 4301))
print(len(hex(10**4300)), int("f" * 5000, 16) % 1000)
print(sys.get_int_max_str_digits())
show(lambda: sys.set_int_max_str_digits(100))
sys.set_int_max_str_digits(640)
show(lambda: str(10**640))
print(len(str(10**639)))
sys.set_int_max_str_digits(0)
print(len(str(10**9999)), len(str(int("9" * 9999))))
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())

for v in [0, 5, -5, 255, -256, 2**64, -2**100, True]:
    print(bin(v), oct(v), hex(v))

class Idx:
    def __index__(self):
        return 26

print(bin(Idx()), oct(Idx()), hex(Idx()))
show(lambda: hex(1.5))
show(lambda: bin("1"))
