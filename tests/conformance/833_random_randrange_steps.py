# randrange with negative steps and large spans, seeded
import random
random.seed(833)
print([random.randrange(100, 0, -7) for _ in range(8)], [random.randrange(-50, -10, 3) for _ in range(8)])
print([random.randrange(10 ** 30) for _ in range(3)], [random.randrange(-(10 ** 20), 10 ** 20, 10 ** 18) for _ in range(3)])
print([random.randint(10 ** 25, 10 ** 25 + 5) for _ in range(5)], random.randrange(1, 2), random.randint(7, 7))
for args in [(10, 0, 2), (0, 10, -1), (5, 5)]:
    try:
        random.randrange(*args)
    except ValueError as e:
        print(type(e).__name__, e)
