# bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, conjugate
for n in [0, 1, -1, 255, 256, -256, 2 ** 64, -(2 ** 64)]:
    print(n, n.bit_length(), bin(n).count('1'), n.as_integer_ratio(), n.conjugate())
print((5).real, (5).imag, (-3).numerator, (7).denominator)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (1024).to_bytes(4, byteorder='big'))
print((-1).to_bytes(2, 'big', signed=True), (255).to_bytes(1, 'big'), (0).to_bytes(0, 'big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'', 'big'), int.from_bytes([1, 2], 'big'))
print((2 ** 100).to_bytes(13, 'big'))
for f in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'),
          lambda: (1).to_bytes(1, 'middle'), lambda: int.from_bytes(b'1', 'x'),
          lambda: (128).to_bytes(1, 'big', signed=True), lambda: (1).to_bytes(-1, 'big')]:
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((5).__index__(), int.__name__)
