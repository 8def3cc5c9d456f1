# bisect: left/right, insort, lo/hi bounds, key=
import bisect
a = [1, 2, 2, 2, 5, 9]
print([bisect.bisect_left(a, x) for x in (0, 2, 3, 9, 10)], [bisect.bisect_right(a, x) for x in (0, 2, 3, 9, 10)], bisect.bisect(a, 2))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect_left(a, 5, lo=1, hi=3))
b = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(b, v)
print(b)
bisect.insort_left(b, 4); bisect.insort_right(b, 4); print(b)
recs = [('a', 1), ('b', 3), ('c', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 7, key=lambda r: r[1]))
bisect.insort(recs, ('x', 5), key=lambda r: r[1]); print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bisect.bisect([1, 'a'], 2)
except TypeError as e:
    print(type(e).__name__, e)
