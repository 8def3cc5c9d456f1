# random.choices with weights and cum_weights, k, and its errors
import random
random.seed(801)
print(random.choices(['r', 'g', 'b'], [10, 1, 1], k=12))
print(random.choices(range(5), cum_weights=[1, 1, 1, 1, 10], k=8))
print(random.choices('xy', k=0), random.choices([1], [5], k=3))
for kw in [{'weights': [1, 2], 'cum_weights': [1, 2]}, {'weights': [1]}, {'weights': [0, 0]}, {'cum_weights': [1]}]:
    try:
        random.choices('ab', **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    random.choices([], k=1)
except IndexError as e:
    print(type(e).__name__, e)
