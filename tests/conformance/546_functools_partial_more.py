from functools import partial
def power(base, exponent):
    return base ** exponent
square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2), square(base=3), square(4, exponent=3))
def greet(greeting, name, punct='!'):
    return '%s, %s%s' % (greeting, name, punct)
hello = partial(greet, 'Hello')
print(hello('Ann'), hello('Bob', punct='?'), list(map(hello, ['x', 'y'])))
class Counter:
    def __init__(self):
        self.n = 0
    def add(self, k):
        self.n += k
        return self.n
c = Counter()
inc = partial(c.add, 1)
inc(); inc()
print(c.n, partial(sorted, reverse=True)([3, 1, 2]), partial(max, key=len)(['aa', 'b', 'ccc']))
callbacks = [partial(print, 'callback', i) for i in range(3)]
for cb in callbacks:
    cb()
