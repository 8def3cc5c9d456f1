# heapq as a priority queue with (priority, counter, task) and a max-heap via negation
import heapq, itertools
pq = []
counter = itertools.count()
for prio, task in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee'), (5, 'ship')]:
    heapq.heappush(pq, (prio, next(counter), task))
order = []
while pq:
    order.append(heapq.heappop(pq)[2])
print(order)
mx = []
for v in [5, 1, 9, 3]:
    heapq.heappush(mx, -v)
print([-heapq.heappop(mx) for _ in range(len(mx))])
h = list(range(10, 0, -1))
heapq.heapify(h)
print(h[0], sorted(h) == list(range(1, 11)), [heapq.heappop(h) for _ in range(10)])
print(heapq.nsmallest(3, [(2, 'b'), (1, 'z'), (1, 'a'), (0, 'q')]), heapq.nlargest(1, []), heapq.nsmallest(0, [1]))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge()))
