# extended slice assignment and deletion with negative steps
a = list(range(10))
a[::-2] = 'abcde'
print(a)
b = list(range(10))
b[8:2:-3] = [None, None]
print(b)
c = list(range(10))
del c[::-3]
print(c)
d = list(range(6))
d[::-1] = d
print(d)
e = list(range(5))
e[1:4:1] = 'xyzzy'
print(e)
f = list(range(5))
f[10:20] = [1]
f[-100:0] = [0]
print(f)
g = [1, 2, 3]
g[:] = g[::-1]
print(g)
try:
    h = list(range(5))
    h[::-1] = [1, 2]
except ValueError as ex:
    print(type(ex).__name__, ex)
