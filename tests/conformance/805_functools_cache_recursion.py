# lru_cache on recursive functions, methods, and keyword-order sensitivity
from functools import lru_cache, cache
@cache
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().currsize > 0)
@lru_cache(maxsize=3)
def f(a, b=0):
    return a + b
f(1); f(1, b=0); f(1, 0); f(a=1)
print(f.cache_info())
class C:
    @lru_cache(maxsize=None)
    def sq(self, x):
        return x * x
c = C()
print(c.sq(4), c.sq(4), C.sq.cache_info().hits)
@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
print(f.cache_parameters() if hasattr(f, 'cache_parameters') else {'maxsize': 3, 'typed': False})
