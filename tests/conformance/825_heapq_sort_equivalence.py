# heap sort via heapq equals sorted() for seeded random data, including duplicates
import heapq, random
rng = random.Random(825)
ok = True
for _ in range(200):
    data = [rng.randrange(50) for _ in range(rng.randrange(0, 40))]
    h = list(data)
    heapq.heapify(h)
    out = [heapq.heappop(h) for _ in range(len(h))]
    if out != sorted(data):
        ok = False
    if heapq.nsmallest(5, data) != sorted(data)[:5] or heapq.nlargest(5, data) != sorted(data, reverse=True)[:5]:
        ok = False
print(ok)
data = [rng.random() for _ in range(10)]
print([round(v, 4) for v in heapq.nsmallest(3, data)], list(heapq.merge(sorted(data[:5]), sorted(data[5:]))) == sorted(data))
