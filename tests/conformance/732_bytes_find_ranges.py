b = b"abcabcabc"
print(b.find(b"c"), b.find(b"c", 3), b.find(b"c", 3, 5), b.find(b"c", -3), b.find(99))
print(b.rfind(b"a"), b.rfind(b"a", 0, 5), b.index(b"b", 2), b.rindex(b"b", 0, -2))
print(b.count(b"a"), b.count(b"a", 1), b.count(b"", 2, 4), b.count(97))
print(b.find(b"", 20), b.find(b"", 9), b.count(b"a", None, None))
print(b.startswith(b"bc", 1), b.startswith((b"x", b"ab")), b.endswith(b"ab", 0, -1), b.endswith(b"c", 0, 3))
for bad in (lambda: b.index(b"z"), lambda: b.find("a"), lambda: b.startswith("a"), lambda: b.find(300), lambda: b.count(b"a", "x")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
