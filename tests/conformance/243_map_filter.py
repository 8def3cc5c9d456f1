# map with several iterables, filter(None), laziness
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, '', 'a', [], [0], None, False, 2.0])), list(filter(lambda x: x % 2, range(7))))
calls = []
def f(x):
    calls.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
print(list(map(len, ['', 'ab'])), list(filter(str.isdigit, ['1', 'a', '22'])))
for fn in [lambda: map(len), lambda: map(), lambda: filter(None), lambda: list(map(len, [1])),
           lambda: map(len, 5), lambda: list(filter(5, [1]))]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
print(list(map(lambda *a: a, 'ab', 'cd', 'ef')), list(zip(*map(divmod, [7, 9], [2, 4]))))
