# format() and f-strings: the format-spec mini-language for int, float, str, bool.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

ints = [0, 7, -42, 255, 123456789, -2**70, True]
for spec in ["", "d", "5d", "<6", "^7", ">8", "=+8", "+", " ", "08", "#x", "#X", "#o", "#b",
             "x", "o", "b", ",", "_", "_x", "_b", "012,", "020_", "c", "n", "e", ".2f", "%", "g", "*^9,"]:
    out = []
    for i in ints:
        try:
            out.append(format(i if spec != "c" else abs(i) % 1000, spec))
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(spec), out)

floats = [0.0, -0.0, 1.5, 2.675, -1234.5678, 1e16, 1e-5, 123456789.0, float("inf"), float("-inf"), float("nan")]
for spec in ["", ".2f", ".0f", "10.3f", "<10.1f", "^12.2e", "e", "E", ".3g", "g", "G", "#g", ".10g",
             "%", ".1%", ",.2f", "_.3f", "+.1f", " .1f", "z.1f", "010.2f", "=10.1f", "F", ".0e", "#.0f", "n", ".3", ".1", ","]:
    out = []
    for x in floats:
        try:
            out.append(format(x, spec))
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(spec), out)

words = ["", "a", "hello", "ünïcode"]
for spec in ["", "s", "5", "<5", ">5", "^6", "*^7", ".2", "8.3", "-^5"]:
    print(repr(spec), [format(w, spec) for w in words])

# f-strings: conversions, nested specs, expressions
name, width, prec, value = "pi", 10, 3, 3.14159265
print(f"{name!r:>6}|{value:{width}.{prec}f}|{value!s:.4}|{'é'!a}|{name=}|{value = :.2f}")
print(f"{42:#06x} {-42:+d} {1234567.891:,.2f} {0.25:.0%} {1e300:.3e} {5e-324!r}")
print(f"{True:>5} {True} {False:d} {None!s:>6} {[1, 2]!r:^10}")
print(f"{{literal}} {3:{'>'}{5}}")

class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")

print(f"{Money(3.5)} {Money(3.5):.1f} {Money(2):>6}")
print(format(Money(1)), "{:.3f}".format(Money(1)))

class Plain:
    def __str__(self):
        return "plain"

print(format(Plain()), f"{Plain()}", f"{Plain()!s:>7}")
show(lambda: format(Plain(), "x"))
show(lambda: format(1, "z"))
show(lambda: format(1.5, "d"))
show(lambda: format("a", "d"))
show(lambda: format("a", "+"))
show(lambda: format("a", "="))
show(lambda: format(1, ".2"))
show(lambda: format(1, "#c"))
show(lambda: format(1, "+c"))
show(lambda: format(-1, "c"))
show(lambda: format(0x110000, "c"))
show(lambda: format(1, ",n"))
show(lambda: format(1, ",_"))
show(lambda: format(1.0, "_,"))
show(lambda: format(1, "abc"))
show(lambda: format(1.5, ".f"))
show(lambda: format(1.5, "99999999999999999999f"))
show(lambda: format(1.5, ".2147483648f"))
show(lambda: format("x", ",s"))
show(lambda: format(2**10000, "d")[:5])
show(lambda: format(2**20000, "d"))
show(lambda: format(2**20000, "x")[:8])
show(lambda: f"{Money(1):{'x'}}")
show(lambda: (255).__format__("08b"))
show(lambda: (2.5).__format__(".3e"))
show(lambda: "ab".__format__("^6"))
show(lambda: (1).__format__(5))
show(lambda: format(1, 5))
