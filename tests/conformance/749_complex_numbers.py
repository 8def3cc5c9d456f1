z = (1 + 2j) * (3 - 4j)
print(z, z.real, z.imag, z.conjugate(), abs(3 + 4j), -z, 1j ** 2)
print((1 + 2j) / (3 - 4j), 2 + 3j == complex(2, 3), 1 == 1 + 0j, hash(1 + 0j) == hash(1))
print(complex(), complex("1+2j"), complex(" (3-4.5j) "), complex("-j"), complex(1.5, -0.0), complex(1j, 1j))
print(repr(complex(0.0, -0.0)), str(1.5 + 2.25j), (-8) ** 0.5, 3 / 1j, sum([1j, 2j]), bool(0j), isinstance(1j, complex))
for bad in (lambda: complex("x"), lambda: complex(None), lambda: complex("1", 2), lambda: 1j / 0, lambda: 1j < 2j, lambda: 1j // 2, lambda: 0j ** -1):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
