# printf-style `str % args`: flags, width, precision, `*`, mappings, and CPython's errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("%s %r %a" % ("str", "str", "é"))
print("%d %i %u" % (42, -7, 3))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x %X %o %#x %#X %#o %08x %-#6o|" % (255, 255, 8, 255, 255, 8, 255, 8))
print("%f %.2f %10.3f %-10.1f| %e %.0e %E %g %G %#g" % (3.14159, 2.675, 1.5, -1.5, 12345.678, 5.5, 0.00012, 1e-5, 1e20, 1.0))
print("%.3s|%5s|%-5s|%.0s|" % ("abcdef", "ab", "ab", "xyz"))
print("%c%c%c" % (72, "i", 0x1F600))
print("%*d|%-*d|%.*f|%*.*f" % (6, 1, 6, 2, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)03d; %(name)r" % {"name": "Bo", "age": 5})
print("%s" % (1,), "%s" % [1, 2], "%s" % {"a": 1}, "%s" % None, "%r" % ((1, 2),))
print("100%%" % (), "%d%%" % 50, "no args" % ())
print("%d %d" % (True, 3.99), "%x" % True, "%.2f" % 3, "%f" % True)
print("%s" % 2**100, "%d" % -2**80, "%x" % 2**70)
print("%.3d|%5.3d|%-6.2x|" % (5, -5, 255))
print("%i" % 1e3, "%e" % 10**20, "%g" % 10**16)
print("%s and %s" % ("a", "b"), "x" % [1], "x" % {"k": 1})
print("%(a)s %(a)s" % {"a": [1]}, "%()s" % {"": "empty key"})
print("%ld %hd %Lf" % (1, 2, 3.5))
print("%-+8.2f|%- 8.2f|% 08.2f|%+08.2f" % (1.5, 1.5, -1.5, 1.5))
print("%5%|%-5%|" % ())

class Num:
    def __index__(self):
        return 11
    def __float__(self):
        return 2.5
    def __int__(self):
        return 9

print("%x %d %f %c" % (Num(), Num(), Num(), Num()))

show(lambda: "%d" % "a")
show(lambda: "%x" % 1.5)
show(lambda: "%f" % "x")
show(lambda: "%c" % "ab")
show(lambda: "%c" % 1.5)
show(lambda: "%c" % -1)
show(lambda: "%c" % 0x110000)
show(lambda: "%s %s" % (1,))
show(lambda: "%s" % (1, 2))
show(lambda: "hello" % 5)
show(lambda: "%z" % 1)
show(lambda: "%" % ())
show(lambda: "%(a" % {"a": 1})
show(lambda: "%(a)s" % 5)
show(lambda: "%(b)s" % {"a": 1})
show(lambda: "%(a)s %s" % {"a": 1})
show(lambda: "%*d" % ("x", 1))
show(lambda: "%.*f" % (1.5, 1.0))
show(lambda: "%d" % float("inf"))
show(lambda: "%d" % float("nan"))
show(lambda: "%d" % None)
show(lambda: "%.1f" % 10**400)
show(lambda: "%d" % 10**5000)
show(lambda: "%s %d" % ("a", "b"))
show(lambda: "%*s" % (1,))
show(lambda: "%\u00e9" % 1)
