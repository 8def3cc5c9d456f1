# min/max return the first of equal elements, with or without key
pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(max([1, 1.0, True], key=lambda v: 0), min([2.0, 2, 2], key=lambda v: 0), max(1, 1.0), min(1.0, 1))
words = ['bb', 'aa', 'cc', 'a']
print(max(words, key=len), min(words, key=len), max('abcabc'), min([[1], [1]]))
print(max(range(10), key=lambda v: v % 3), min(range(10), key=lambda v: -(v % 4)))
