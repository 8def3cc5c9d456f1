s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"), s.encode(encoding="UTF_8"))
for bad in (lambda: s.encode("ascii"), lambda: s.encode("latin-1"), lambda: "a€€b".encode("ascii"), lambda: s.encode("foo"), lambda: s.encode("ascii", "bogus"), lambda: s.encode(5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
