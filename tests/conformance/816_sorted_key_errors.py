# sorted/min/max with failing keys or comparisons propagate the original exception
def bad_key(x):
    if x == 3:
        raise KeyError('key failed at 3')
    return x
for fn in [lambda: sorted([1, 2, 3], key=bad_key), lambda: max([1, 3], key=bad_key), lambda: min([3], key=bad_key)]:
    try:
        fn()
    except KeyError as e:
        print(type(e).__name__, e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        raise ValueError('no ordering')
try:
    sorted([Cmp(1), Cmp(2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max(Cmp(1), Cmp(2))
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
print(sorted([Cmp(1)])[0].v, max([Cmp(5)]).v)
