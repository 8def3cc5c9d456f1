import itertools
def noisy(n):
    for i in range(n):
        print('produce', i)
        yield i
it = itertools.islice(noisy(10), 2)
print('made')
print(list(it))
c = itertools.chain(noisy(1), noisy(1))
print(next(c))
print(list(c))
t1, t2 = itertools.tee(noisy(2))
print(next(t1), next(t2), next(t1), list(t2))
z = itertools.zip_longest(noisy(1), 'ab')
print(list(z))
g = itertools.groupby([1, 1, 2, 3, 3])
k1, grp1 = next(g)
k2, grp2 = next(g)
print(k1, list(grp1), k2, list(grp2), [k for k, _ in g])
