print(b"  a b  c ".split(), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1))
print(b" a b c ".rsplit(None, 1), b"a,b,c".rsplit(b",", 1), b"a b".split(maxsplit=0))
print(b"  x  ".strip(), b"  x  ".lstrip(), b"  x  ".rstrip(), b"xxaxx".strip(b"x"))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(True))
print(b"a:b:c".partition(b":"), b"a:b:c".rpartition(b":"), b"abc".partition(b"z"))
print(b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"))
print(b"-".join([b"a", b"b", bytearray(b"c")]))
for bad in (lambda: b"a".split(b""), lambda: b"a".join(["x"]), lambda: b"a".strip("a")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
