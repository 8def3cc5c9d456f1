print(bytes(), bytes(3), bytes([65, 66]), bytes(range(3)), bytes((1, 2)))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes("é", "latin-1"))
print(bytes(bytearray(b"z")), bytes(b"same"))
class B:
    def __bytes__(self):
        return b"custom"
print(bytes(B()))
cases = [
    lambda: bytes(-1), lambda: bytes([256]), lambda: bytes(["a"]), lambda: bytes(1.5),
    lambda: bytes("a"), lambda: bytes(b"x", "utf-8"), lambda: bytes("é", "ascii"),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e)
