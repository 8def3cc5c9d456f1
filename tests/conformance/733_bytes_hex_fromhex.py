b = b"\x00\x10\xab\xff\x01"
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -2), b.hex(b"|", 1))
print(bytes.fromhex("00 10ab ff"), bytes.fromhex(""), bytearray.fromhex("6869"))
for bad in (lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("abc"), lambda: b.hex("::"), lambda: bytes.fromhex(5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
