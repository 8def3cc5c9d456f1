# list.index with negative bounds, count on mixed numbers, in with __eq__ objects
a = [1, 2, 3, 2, 1, 2.0, True]
print(a.index(2), a.count(2), a.count(1), a.count(True), 2.0 in a, '2' in a)
class Any:
    def __eq__(self, other):
        return True
print(a.index(Any()), a.count(Any()), Any() in a, [].count(Any()), [Any()].index(5))
b = ['x', 'y']
for args in [('z',)]:
    try:
        print(b.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
