# self-referencing containers print [...] and {...}
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {'k': 1}
d['self'] = d
print(d)
b = [a, d]
print(b)
t = ([],)
t[0].append(t)
print(t)
e = {}
e[1] = [e]
print(e)
x = []
y = [x]
x.append(y)
print(x, y)
print(len(a), a[2] is a, a == a)
