s = "hello world"
print(s.startswith("ell", 1), s.startswith("ell", 1, 3), s.startswith("world", 6), s.startswith("", 11), s.startswith("", 12))
print(s.endswith("ll", None, -7), s.endswith("world", -5), s.endswith(("x", "ld")), s.startswith(("he", "wo"), 6))
print(s.startswith("h", -100), s.endswith("d", 0, 100), "".startswith(""), "abc".endswith("", 4))
for bad in (lambda: s.startswith(1), lambda: s.endswith(["a"]), lambda: s.startswith(("a", 1))):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
