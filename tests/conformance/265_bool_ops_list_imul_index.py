# bool & | ^ stay bools; list *= repeats in place; index() honours start and stop.
print(True & True, True | False, True ^ True, False & 1, True | 2, type(True ^ False).__name__)
a = [1, 2]
b = a
a *= 3
print(b, a is b)
a *= 0
print(b, a is b)
c = [[0]]
c *= 2
c[0].append(1)
print(c)
try:
    a *= 'x'
except TypeError as e:
    print(type(e).__name__, e)
xs = [1, 2, 3, 1, 2, 3]
print(xs.index(1), xs.index(1, 1), xs.index(3, -2), xs.index(2, 0, 2), xs.index(2, -100, 100))
for args in [(1, 1, 3), (3, 0, 2), (9,)]:
    try:
        print(xs.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
t = (5, 6, 5)
print(t.index(5, 1), t.index(6, -2))
try:
    t.index(5, 1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    xs.index(1, 'a')
except TypeError as e:
    print(type(e).__name__, e)
