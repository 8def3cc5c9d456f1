print("ab".center(7, "*"), "ab".center(6), "abc".center(6, "-"), "ab".ljust(5, "-"), "ab".rjust(5), "abc".rjust(2))
print("-42".zfill(6), "+7".zfill(4), "abc".zfill(5), "a".zfill(-1))
print("a:b:c".partition(":"), "a:b:c".rpartition(":"), "abc".partition("x"), "abc".rpartition("x"))
print("aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "ab".replace("", "-"))
try:
    "abc".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
try:
    "a".partition("")
except ValueError as e:
    print("ValueError", e)
