# list slicing with steps, slice assignment and deletion, and their errors
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[100:], a[-100:2], a[5:2], a[::-3], a[3:3], a[slice(1, 4)], a[slice(None, None, -4)])
b = a[:]
b[2:5] = ['x']; print(b)
b[1:1] = [7, 7, 7]; print(b)
b[:] = range(5); print(b)
b[::2] = 'abc'; print(b)
b[-1:] = []; print(b)
del b[::2]; print(b)
c = list(range(10))
del c[1:8:3]; print(c)
del c[5:]; print(c)
del c[-1]; print(c)
c[1:3] = c; print(c)
try:
    c[::2] = [1, 2, 3, 4, 5, 6]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
for bad in [10, -11]:
    try:
        a[bad]
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        a[bad] = 0
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        del a[bad]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    a['1']
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.0:2]
except TypeError as e:
    print(type(e).__name__, e)
print(a[True], a[False:True], (1, 2, 3)[::-1], 'hello'[::-2], (0, 1, 2, 3)[1:3])
