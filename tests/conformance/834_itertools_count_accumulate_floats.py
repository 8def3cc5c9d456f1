# count with float steps, accumulate with floats/strings/lists, islice on count
from itertools import count, accumulate, islice
import operator
print(list(islice(count(0.5, 0.25), 5)), list(islice(count(10, -3), 4)), list(islice(count(), 3)))
print(list(accumulate([0.1] * 5)), list(accumulate(['a', 'b', 'c'])), list(accumulate([[1], [2]])), list(accumulate([5, 3, 8], min)))
print(list(accumulate(range(5), operator.sub, initial=100)), list(accumulate([], initial=0)), list(accumulate([2, 3, 4], operator.pow)))
c = count(5)
print(next(c), next(c), repr(c) if False else 'count', list(zip(count(1), 'ab')))
