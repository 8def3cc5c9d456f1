# lru_cache: hits/misses in cache_info, maxsize eviction, typed, cache_clear, and cache
from functools import lru_cache, cache
@lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@lru_cache(maxsize=None, typed=True)
def ident(x):
    print('call', repr(x))
    return x
ident(1); ident(1.0); ident(1)
print(ident.cache_info())
@cache
def slow(a, b=0):
    print('slow', a, b)
    return a + b
print(slow(1), slow(1), slow(1, b=2), slow(1, b=2))
print(slow.cache_info().hits, slow.__name__, sq.__wrapped__(5))
try:
    sq([1])
except TypeError as e:
    print(type(e).__name__, e)
