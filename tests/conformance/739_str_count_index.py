s = "banana"
print(s.count("a"), s.count("a", 2), s.count("a", 2, 4), s.count("an", -4), s.count("", 2, 4), s.count("", 10))
print(s.count("ana"), s.count("a", -100, 100), s.index("n", 3), s.rindex("a", 0, 4))
for bad in (lambda: s.index("x"), lambda: s.rindex("b", 1), lambda: s.count()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
