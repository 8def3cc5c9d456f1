import random
def attempt(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ':', e)
random.seed(1)
attempt(random.choice, [])
attempt(random.randrange, 0)
attempt(random.randrange, 5, 5)
attempt(random.randrange, 1, 10, 0)
attempt(random.randint, 5, 1)
attempt(random.sample, [1, 2], 3)
attempt(random.sample, {1, 2}, 1)
attempt(random.getrandbits, -1)
attempt(random.choices, [1, 2], weights=[0, 0])
attempt(random.choices, [1, 2], weights=[1])
r = random.Random()
print(0.0 <= r.random() < 1.0, 1 <= random.randint(1, 3) <= 3, len(random.randbytes(4)))
