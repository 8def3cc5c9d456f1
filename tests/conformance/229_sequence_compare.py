# lexicographic comparison of lists, tuples, strings, and the type errors
print([1, 2] < [1, 3], [1, 2] < [1, 2, 3], [] < [1], [2] > [1, 100], [1, [2]] < [1, [3]])
print('abc' < 'abd', 'ab' < 'abc', 'B' < 'a', '' < 'a', 'é' > 'z')
print((1, 'a') < (1, 'b'), (1, 2) <= (1, 2), [1.5] < [2], [True] == [1], (0.0,) == (0,))
print([1, 2] == (1, 2), [1, 2] != (1, 2), b'ab' < b'b', [[]] == [[]])
print(max([[1, 2], [1, 3], [0, 9]]), min(['b', 'ab', 'abc']), sorted([(2, 'a'), (1, 'z'), (1, 'b')]))
for fn in [lambda: [1] < (1,), lambda: 'a' < 1, lambda: [1, 'a'] < [1, 2], lambda: (None,) < (None,),
           lambda: {} < {}, lambda: {1} < [1], lambda: 1 < 'a', lambda: [1] <= 1]:
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
print([1, 2] == [1, 'a'], (1,) == ('1',), [None] == [None], [1, 'a'] != [1, 2])
