cases = [
    lambda: bytearray([256]),
    lambda: bytearray(-1),
    lambda: bytearray("text"),
    lambda: bytearray(b"ab")[5],
    lambda: bytearray().pop(),
    lambda: bytearray(b"ab").pop(9),
    lambda: bytearray(b"ab").remove(120),
    lambda: bytearray(b"ab") + "x",
    lambda: hash(bytearray()),
    lambda: bytearray(b"a").index(b"z"),
    lambda: bytearray(b"a").append(300),
    lambda: bytearray(b"a").append("x"),
    lambda: bytearray(b"abc").__setitem__(0, 256),
    lambda: bytearray(b"abcd").__setitem__(slice(None, None, 2), b"xyz"),
    lambda: bytearray(b"a")["k"],
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
