# every list method, with its error cases
a = [3, 1, 2]
a.append(4); print(a)
a.extend((5, 6)); print(a)
a.extend(range(2)); print(a)
a.insert(0, 9); a.insert(-1, 8); a.insert(100, 7); a.insert(-100, 6); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(2), a.index(5, 2), a.count(1), a.count(99))
b = a.copy(); b.reverse(); print(a, b)
b.sort(); print(b); b.sort(reverse=True); print(b)
b.clear(); print(b, len(b))
tests = [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1, 2].index(3),
         lambda: [].insert(0), lambda: [].append(),
         lambda: [1].pop('x'), lambda: [].extend(5), lambda: [1, 'a'].sort()]
for t in tests:
    try:
        print(t())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(), list('abc'), list(range(3)), list({1: 2}), [1, 2] * 2, 2 * [0], [1] + [2])
x = [1, 2]
x += (3,)
x *= 2
print(x)
try:
    x + (1,)
except TypeError as e:
    print(type(e).__name__, e)
