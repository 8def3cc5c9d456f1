# heapq.merge with key and reverse; nlargest/nsmallest on ties keep first-seen order
import heapq
a = [('a', 1), ('c', 5), ('e', 9)]
b = [('b', 2), ('d', 5), ('f', 8)]
print(list(heapq.merge(a, b, key=lambda t: t[1])))
print(list(heapq.merge([9, 5, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge('ace', 'bdf')), list(heapq.merge([], [1], [])))
recs = [('x', 3), ('y', 1), ('z', 3), ('w', 2)]
print(heapq.nlargest(2, recs, key=lambda r: r[1]), heapq.nsmallest(3, recs, key=lambda r: r[1]))
print(heapq.nlargest(3, [1, 1, 1, 1]), heapq.nsmallest(2, iter([5, 4, 3])), heapq.nlargest(10, range(3)))
