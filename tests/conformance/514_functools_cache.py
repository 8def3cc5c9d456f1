import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 1, 2]:
    sq(v)
print(calls, sq.cache_info())
@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30), fact.cache_info().hits, fact.cache_info().misses)
@functools.lru_cache
def twice(x):
    return 2 * x
print(twice(4), twice(4), twice.cache_info())
info = fib.cache_info()
print(info.hits, info.maxsize, info[1])
