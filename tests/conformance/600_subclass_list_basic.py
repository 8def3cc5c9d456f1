class MyList(list):
    pass
m = MyList([3, 1, 2])
print(m, len(m), m[0], m[-1], m[1:], type(m[1:]).__name__)
print(isinstance(m, list), type(m) is list, type(m).__name__, issubclass(MyList, list))
m.append(7); m.extend([8]); m.sort()
print(m, sorted(m, reverse=True), list(m), tuple(m), sum(m), max(m), 2 in m, 9 in m)
print(m == [1, 2, 3, 7, 8], [1, 2, 3, 7, 8] == m, m + [0], m * 2, bool(MyList()))
print(",".join(str(x) for x in m), [x * 2 for x in m])
