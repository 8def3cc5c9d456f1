a = {5, 17, 33, 1, 1024, -7}
b = {33, 8, 1024, 99, 2**35}
print(a | b, a & b, a - b, a ^ b, b - a, b ^ a)
print(a.union([70, 6]), a.intersection([1024, 5, 3]), a.difference([1, 1024]), a.symmetric_difference([5, 6]))
c = set(a); c |= {300, 301}; print(c)
c &= {300, 5, 17, 1}; print(c)
c -= {17}; print(c)
c ^= {1, 2, 3}; print(c)
print(a.copy(), frozenset(b), sorted(a) == sorted(a.copy()), a <= a | b, a.isdisjoint({2, 4}))
