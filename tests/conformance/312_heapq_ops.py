# heapq: push/pop order, heapify, pushpop/replace, nlargest/nsmallest with key, merge
import heapq
h = []
for v in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8]
heapq.heapify(data); print(data, data[0])
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, 'hello'), heapq.nlargest(2, ['aa', 'b', 'ccc'], key=len), heapq.nsmallest(10, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3])), list(heapq.merge(['c', 'a'], ['b'], key=str, reverse=False)))
t = []
for item in [(2, 'b'), (1, 'z'), (2, 'a')]:
    heapq.heappush(t, item)
print([heapq.heappop(t) for _ in range(3)])
for fn in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1], 'a'), lambda: heapq.heapify(5)]:
    try:
        fn()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
