# repr picks the nearer of two shortest round-trip strings, half-even on exact ties
vals = [1781722182871503.25, 107359730135985.125, 2 ** 49 + 0.125, 2 ** 49 + 0.375, 2 ** 50 + 0.25, 2 ** 50 + 0.75, 2 ** 52 + 0.5,
        9007199254740993.0, 123456789012345.675, 0.1 + 0.7, 5e-324 * 7, 2.0 ** 60 + 2 ** 8, 1e23, 8.41e21, 5.0e-310]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v, v.hex())
print([repr(k + 0.25) for k in range(10 ** 15, 10 ** 15 + 6)], [repr(k + 0.125) for k in range(2 ** 49, 2 ** 49 + 4)])
print([str(k * 0.5) for k in range(2 ** 53 - 3, 2 ** 53 + 3)])
