# struct_time behaves as a 9-tuple: slicing, unpacking, equality, constructing from a tuple
import time
st = time.struct_time((2020, 2, 29, 23, 59, 58, 5, 60, 0))
y, mo, d, h, mi, s, wd, yd, dst = st
print(y, mo, d, h, mi, s, wd, yd, dst, st[-1], st[1:3], st == time.struct_time(tuple(st)), tuple(st) == (2020, 2, 29, 23, 59, 58, 5, 60, 0))
print(time.strftime('%d.%m.%Y %H:%M', st), time.strftime('%B %A', st), time.asctime(st))
print(time.gmtime(0) == time.gmtime(0), time.gmtime(0)[0:3] == (1970, 1, 1))
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print(type(e).__name__, e)
