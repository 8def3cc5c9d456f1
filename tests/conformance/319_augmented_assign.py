# augmented assignment on ints, floats, strings, lists (in place), tuples (rebinding), dicts, sets
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7; x <<= 4; x >>= 1; x |= 3; x &= 0b1110; x ^= 5
print(x)
f = 1.5
f /= 2; f += 1; f **= 2
print(f)
s = 'ab'
s += 'c'; s *= 2
print(s)
a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
d = {'a': 1}
e = d
d |= {'b': 2}
print(d, e is d)
st = {1, 2}
st2 = st
st |= {3}; st -= {1}; st &= {2, 3, 4}; st ^= {9}
print(sorted(st), st is st2)
m = [[0]] * 2
m[0] += [1]
print(m)
try:
    t[0] += 1
except TypeError as e:
    print(type(e).__name__, e)
