# random argument errors and their messages
import random
random.seed(1)
for fn in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 1),
           lambda: random.randint(5, 1), lambda: random.sample(range(3), 5), lambda: random.sample([1], -1),
           lambda: random.randrange(1, 10, 0), lambda: random.getrandbits(-1),
           lambda: random.choices([1, 2], weights=[1]), lambda: random.sample({1, 2}, 1)]:
    try:
        print(fn())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(random.getrandbits(0), random.sample([], 0), random.choices([5], k=3))
