s = "tab\there\nnew \\ back \"dq\" 'sq' \x41 \u00e9 \N{BULLET}"
print(s)
print(repr(s))
print(len("\u00e9"), len("é".encode()), "\x00" == chr(0), repr("\x00\x7f\x80"), repr("é"))
raw = r"raw\n\t"
print(raw, len(raw), repr(raw))
multi = """line one
  line two"""
print(multi, multi.count("\n"))
print("日本" + "語", "ñ".upper(), "ΣΑΣ".lower(), "straße".upper(), len("🙂"), repr("🙂"))
print(b"\x00\xffab", list(b"AZ"), bytes("hé", "utf-8"), b"abc"[0], b"a" + b"b", b"x" * 3)
print(str(b"q"), repr(b"it's"), b"hello".decode(), "caf\u00e9" == "café")
