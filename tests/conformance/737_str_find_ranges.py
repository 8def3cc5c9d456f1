s = "héllo wörld"
print(s.find("l"), s.find("l", 4), s.find("l", 4, 8), s.find("ö", -5), s.find("z"))
print(s.rfind("l"), s.rfind("l", 0, 4), s.rfind("o", None, -3), s.find("", 11), s.find("", 12))
print("abc".find("c", 10), "abc".find("", 3), "abc".find("a", 2, 1), "abc".rfind("", 1))
print(s.index("w", 3), s.rindex("l", 0, -2))
try:
    s.index("z", 0, 3)
except ValueError as e:
    print("ValueError", e)
try:
    s.find("l", "x")
except TypeError as e:
    print("TypeError", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError", e)
