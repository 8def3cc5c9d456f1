# ordering comparisons between unrelated types raise TypeError naming both types
pairs = [(1, None), (None, 1), ('a', 1), ([1], (1,)), ({}, {}), (1.5, 'x'), (object(), object()), (len, len), ({1}, 1), (b'a', 'a')]
for a, b in pairs:
    for name, f in [('<', lambda: a < b), ('>=', lambda: a >= b)]:
        try:
            f()
        except TypeError as e:
            print(type(e).__name__, e)
print(1 == None, 'a' != 1, [1] == (1,), {} == [], None == None, 1 == 1.0 == True)
