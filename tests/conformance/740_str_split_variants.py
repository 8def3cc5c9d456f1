print("a b  c".split(), " a b ".split(None), "a,b,c".split(",", 1), "a,b,c".split(",", -1))
print("a,b,c".rsplit(",", 1), " a b c ".rsplit(None, 1), "a  b".split(" "), "".split(), "".split(","))
print("a\tb\nc".split(), "a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "abc".split("abc"))
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
