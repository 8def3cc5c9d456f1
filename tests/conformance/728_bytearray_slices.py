b = bytearray(b"0123456789")
b[0] = 65
b[-1] = 66
print(b)
b[1:3] = b"xyz"
print(b)
b[5:] = [1, 2]
print(b)
b[::2] = b"abcd"
print(b)
del b[0]
print(b)
del b[::2]
print(b)
print(b[1], b[-1], b[1:3], b[::-1])
b[:] = b""
print(b)
