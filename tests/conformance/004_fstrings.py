x = 3.14159
n = 42
name = "skein"
print(f"{x:.2f} {n:5d} {n:<5}| {n:>5}| {n:^7}| {name!r} {name.upper()}")
print(f"{n:08.3f} {n:x} {n:#x} {n:b} {n:o} {1234567:,} {1234567:_}")
print(f"{0.000012345:e} {123456789.0:g} {0.5:%} {-3:+d} {3:+d} { 3 : }")
print(f"{'left':<10}|{'right':>10}|{'mid':*^9}|")
print(f"{[1, 2]} {(1,)} {{literal}} {n * 2 = }" if False else f"{[1, 2]} {(1,)} {{literal}}")
w = 10
print(f"{x:{w}.3f}|")
print(format(3.5), format(12, "04d"), format("s", ">3"), format(1e100, ".3g"))
