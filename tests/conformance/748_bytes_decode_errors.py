print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"), str(b"x\xc3\xa9", "utf-8"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
print(str(b"\xe9", encoding="latin-1"), b"\xe9".decode("ascii", errors="replace"))
for bad in (b"\xff", b"a\xc3(", b"\xe2\x82(", b"ab\xe2\x82", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xc0\x80"):
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
try:
    b"\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    str(5, "utf-8")
except TypeError as e:
    print("TypeError", e)
