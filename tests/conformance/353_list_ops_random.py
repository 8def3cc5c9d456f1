# a seeded random sequence of list operations, checked against a simple model
import random
rng = random.Random(353)
lst = []
log = []
for step in range(300):
    op = rng.choice(['append', 'insert', 'pop', 'remove', 'extend', 'setslice', 'delslice', 'reverse', 'sort'])
    if op == 'append':
        lst.append(rng.randrange(50))
    elif op == 'insert':
        lst.insert(rng.randrange(-5, len(lst) + 5), rng.randrange(50))
    elif op == 'pop' and lst:
        lst.pop(rng.randrange(-len(lst), len(lst)))
    elif op == 'remove' and lst:
        lst.remove(rng.choice(lst))
    elif op == 'extend':
        lst.extend(rng.randrange(50) for _ in range(rng.randrange(3)))
    elif op == 'setslice':
        i = rng.randrange(len(lst) + 1)
        j = rng.randrange(i, len(lst) + 1)
        lst[i:j] = [rng.randrange(50)] * rng.randrange(3)
    elif op == 'delslice':
        del lst[::rng.randrange(2, 5)]
    elif op == 'reverse':
        lst.reverse()
    elif op == 'sort':
        lst.sort(reverse=rng.random() < 0.5)
    if step % 50 == 0:
        log.append(list(lst))
print(log)
print(lst, len(lst), sum(lst))
