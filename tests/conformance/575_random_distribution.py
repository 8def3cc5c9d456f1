import random
random.seed(12345)
counts = {}
for _ in range(1000):
    k = random.randint(1, 3)
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()))
print(round(sum(random.random() for _ in range(1000)) / 1000, 6))
xs = list(range(10))
random.shuffle(xs)
print(xs, sorted(xs) == list(range(10)))
print(random.sample(range(1000000), 3), random.sample(['a', 'b', 'c'], k=3))
print(random.choices(range(3), weights=[0, 0, 1], k=3), random.randrange(1, 2))
print(random.getrandbits(0), random.getrandbits(1) in (0, 1), random.getrandbits(32))
