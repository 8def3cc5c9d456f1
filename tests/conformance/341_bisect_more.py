# bisect on various sequences, hi defaults to len, floats and strings
import bisect
s = ['apple', 'banana', 'cherry']
print(bisect.bisect(s, 'blueberry'), bisect.bisect_left(s, 'cherry'), bisect.bisect_right(s, 'cherry'), bisect.bisect_left(s, 'a'))
f = [0.5, 1.5, 2.5]
print(bisect.bisect(f, 1.5), bisect.bisect_left(f, 1), bisect.bisect(range(0, 100, 10), 35), bisect.bisect_left((1, 3, 5), 4))
a = []
bisect.insort(a, 3); bisect.insort(a, 1); bisect.insort(a, 2, 0, 1); print(a)
print(bisect.bisect_left([], 1), bisect.bisect_right([1], 1, hi=0), bisect.bisect_left([1, 2, 3], 2, lo=5))
for fn in [lambda: bisect.bisect(None, 1), lambda: bisect.insort((1, 2), 3), lambda: bisect.bisect([1], 1, 'a')]:
    try:
        print(fn())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
