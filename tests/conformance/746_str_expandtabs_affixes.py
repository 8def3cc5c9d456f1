print(repr("a\tb".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\nx\ty".expandtabs(3)), repr("\t".expandtabs(0)))
print("abcdef".removeprefix("ab"), "abcdef".removeprefix("x"), "abcdef".removesuffix("ef"), "abc".removesuffix(""))
try:
    "a".removeprefix(1)
except TypeError as e:
    print("TypeError", e)
