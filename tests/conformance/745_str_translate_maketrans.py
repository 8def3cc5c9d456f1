t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
print("hello".translate(str.maketrans({"l": "L", "o": None, ord("h"): "HH"})))
print("hello world".translate(str.maketrans("lo", "01", " ")))
print("abc".translate({97: 98, 98: None}), "abc".translate({}), "".maketrans("a", "b"))
class Table:
    def __getitem__(self, k):
        if k == ord("a"):
            return "A"
        raise LookupError(k)
print("banana".translate(Table()))
for bad in (lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": "x"}), lambda: str.maketrans([1]), lambda: str.maketrans({1.5: "x"}), lambda: "a".translate({97: 1.5})):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
