# any/all short-circuit, empty iterables and errors
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any(iter([0, 2])), all(x > 0 for x in [1, 2, -1]))
seen = []
def check(x):
    seen.append(x)
    return x
print(any(check(x) for x in [0, 3, 4]), seen)
seen.clear()
print(all(check(x) for x in [1, 0, 5]), seen)
print(any({0: 'a', 1: 'b'}), all({0: 'a'}), any('ab'), all(''))
for fn in [lambda: any(5), lambda: all(), lambda: any([1], [2])]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
class Bad:
    def __bool__(self):
        raise ValueError('no truth')
try:
    any([Bad()])
except ValueError as e:
    print(type(e).__name__, e)
