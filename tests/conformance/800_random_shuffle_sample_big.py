# seeded shuffles/samples of larger populations match CPython exactly
import random
random.seed(800)
deck = list(range(52))
random.shuffle(deck)
print(deck)
print(random.sample(range(1000), 10), random.sample(range(10 ** 9), 3), random.sample(list('abcdefghij'), 10))
print([random.randrange(-100, 100, 7) for _ in range(10)], [random.randint(-5, 5) for _ in range(10)])
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(64), random.getrandbits(129))
r = random.Random(0)
print([round(r.random(), 6) for _ in range(5)], r.choice(range(100)), r.sample(range(5), k=5))
print(random.Random(2 ** 100).random(), random.Random(-5).random() == random.Random(5).random(), random.Random(3.5).random() == random.Random(3.5).random())
