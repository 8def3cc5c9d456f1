# round() of many decimal-looking values: correctly rounded, half-even on exact halves
vals = [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.285, 1.0005, 5.015, 8.345, 3.14159, -2.5, -0.125, 1e-10, 123456.789]
for v in vals:
    print(v, [round(v, n) for n in range(0, 5)], round(v, -1), round(v, -2))
for n in [5, 15, 25, 35, 45, 55, 1234567, -55, 10 ** 20 + 50]:
    print(n, round(n, -1), round(n, -2), round(n, 1), type(round(n, -1)).__name__)
