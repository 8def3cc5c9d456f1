# sort and sorted: stability with key, reverse keeps stability, errors
recs = [('b', 2), ('a', 2), ('c', 1), ('d', 3), ('e', 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs), sorted(recs, reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs); print(nums)
nums.sort(key=lambda n: -n); print(nums)
print(sorted([3.5, 1, True, 2]), sorted([]), sorted('dcba'), sorted({3: 1, 1: 2}))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, 'b'), (1, 'a')]))
for args in [([1, 'a'],), ([None, None],), ([{}, {}],)]:
    try:
        sorted(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
