s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::3], s[::-2], s[8:2:-2], s[100:], s[-100:2])
t = tuple(s)
print(t[1:4], t[::-1][:3], "abcdef"[1:-1], "abcdef"[::-1], "abcdef"[-2:], b"bytes"[1:3])
s[1:3] = [10, 20, 30]
print(s)
s[::2] = [0] * len(s[::2])
print(s)
del s[1:4]
print(s, s[slice(1, 3)], slice(1, 5, 2), range(10)[2:8:2])
r = range(0, 20, 3)
print(list(r[::-1]), r[-1], len(r), 9 in r, 10 in r, r.index(9) if hasattr(r, "index") else 3)
