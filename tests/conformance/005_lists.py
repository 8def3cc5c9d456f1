a = [3, 1, 2]
a.append(5)
a.extend([9, 0])
a.insert(0, 7)
print(a, len(a), a.index(9), a.count(1))
a.sort()
print(a)
a.sort(reverse=True)
print(a, sorted(a), sorted(["b", "A", "c"], key=str.lower))
print(a.pop(), a.pop(0), a)
a.remove(3)
print(a, a[1:], a[:-1], a[::2], a[10:], [] == [], [1, [2]] == [1, [2]])
b = a * 2
b[0] = 100
del b[1]
print(b, a + b, [1, 2] < [1, 3], max(a), min(a), sum(a))
c = list(range(10))
c[2:5] = ["x"]
print(c, c.reverse(), c)
del c[::2]
print(c, list("abc"), list(reversed([1, 2, 3])))
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m)
