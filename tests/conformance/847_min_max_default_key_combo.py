# min/max with default and key together, iterators, and a default that is itself None
print(max([], default=None), min(iter([]), default=0), max([3, -4], key=abs, default=9), min(['bb', 'a'], key=len, default='z'))
print(max((x for x in range(0)), default='gen-empty'), min({5: 'x', 2: 'y'}, default=0), max('', default='no chars'))
try:
    max([], key=len)
except ValueError as e:
    print(type(e).__name__, e)
