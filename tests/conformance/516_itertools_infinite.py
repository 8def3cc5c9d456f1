import itertools
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(1, 0)), list(islice(repeat(7), 2)))
print(list(map(pow, range(4), repeat(2))))
c = count(3)
print(next(c), next(c), c)
print(repeat('a', 2))
for i, ch in zip(count(1), 'xyz'):
    print(i, ch)
