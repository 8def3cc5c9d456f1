cases = [
    lambda: "abc".split(1), lambda: "abc".replace("a"), lambda: "abc".replace("a", 1), lambda: "abc".replace(1, "a"),
    lambda: "abc".zfill("x"), lambda: "abc".center("x"), lambda: "abc".partition(1), lambda: "abc".strip(1),
    lambda: "abc".join([1]), lambda: "abc".startswith(), lambda: "abc".count(), lambda: "a b".split(maxsplit="1"),
    lambda: "abc".replace("b", "x", "1"), lambda: "abc".expandtabs("x"),
]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
