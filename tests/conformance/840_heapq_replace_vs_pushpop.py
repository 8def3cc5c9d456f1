# heapreplace pops first then pushes; heappushpop pushes first then pops
import heapq
h1 = [2, 5, 9]
h2 = [2, 5, 9]
print(heapq.heapreplace(h1, 1), h1, heapq.heappushpop(h2, 1), h2)
h3 = [2, 5, 9]
print(heapq.heapreplace(h3, 7), h3, heapq.heappushpop(h3, 10), h3, heapq.heappushpop([], 3))
for fn in [lambda: heapq.heapreplace([], 1), lambda: heapq.heappop([])]:
    try:
        fn()
    except IndexError as e:
        print(type(e).__name__, e)
