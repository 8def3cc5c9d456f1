import math
def attempt(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(math.sqrt, -1)
attempt(math.log, 0)
attempt(math.log, -5)
attempt(math.sqrt, 'x')
attempt(math.factorial, -1)
attempt(math.factorial, 2.5)
attempt(math.floor, math.inf)
attempt(math.floor, math.nan)
attempt(math.exp, 1000)
attempt(math.acos, 2)
attempt(math.pow, 0, -1)
attempt(math.fmod, 1, 0)
attempt(math.isqrt, -1)
attempt(math.comb, -1, 2)
attempt(math.gcd, 1.5)
attempt(math.dist, (1, 2), (1,))
attempt(math.isclose, 1, 2, 3)
