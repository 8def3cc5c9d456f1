m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:3].tobytes(), m[::2].tolist(), bytes(m[2:]), m.readonly, m.nbytes, m.format, m.itemsize)
print(m == b"abcdef", m[:2] == b"ab", m.hex(), list(m[4:]), m.obj)
ba = bytearray(b"hello")
v = memoryview(ba)
v[0] = 72
v[1:3] = b"EL"
print(ba, v.readonly, v.tobytes())
sub = v[2:4]
ba[2] = 33
print(sub.tobytes(), b"-".join([memoryview(b"x"), b"y"]))
with memoryview(b"zz") as w:
    print(w.tolist())
for bad in (lambda: m.__setitem__(0, 1), lambda: m[10], lambda: memoryview("s"), lambda: w.tobytes(), lambda: hash(v)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
