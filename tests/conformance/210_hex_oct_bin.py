# hex/oct/bin and their format codes, including negatives and __index__
for n in [0, 1, -1, 255, -255, 2 ** 40]:
    print(hex(n), oct(n), bin(n), format(n, 'x'), format(n, '#o'), format(n, '#b'), f"{n:#X}")
class I:
    def __index__(self):
        return 42
print(hex(I()), oct(I()), bin(I()), [1, 2, 3][I() - 41])
for bad in [1.5, '1', None]:
    for f in (hex, oct, bin):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
print(int(hex(12345), 16), int(oct(-99), 8), int(bin(77), 2))
