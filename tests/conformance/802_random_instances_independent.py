# Random instances keep independent state; reseeding restores the sequence
import random
a = random.Random(42)
b = random.Random(42)
print([a.randint(0, 9) for _ in range(5)], [b.randint(0, 9) for _ in range(5)])
a.random()
print(a.random() == b.random(), a.random() == b.random())
a.seed(42)
c = random.Random()
c.seed(42)
print([a.random() for _ in range(2)] == [c.random() for _ in range(2)])
st = a.getstate()
v1 = [a.gauss(0, 1) for _ in range(3)]
a.setstate(st)
print(v1 == [a.gauss(0, 1) for _ in range(3)], type(st).__name__, len(st), st[0], len(st[1]))
random.seed(1)
x = random.random()
random.seed(1)
print(x == random.random(), random.Random(1).random() == x)
