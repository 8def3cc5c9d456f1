# generators consumed by native code: sum, list, sorted, zip, min/max, any/all,
# dict/set/tuple, str.join, enumerate, map/filter, unpacking, with exceptions inside.
def count(n, step=1):
    i = 0
    while i < n:
        yield i
        i += step


def words():
    yield "pear"
    yield "apple"
    yield "fig"


print(sum(count(10)), sum(x * x for x in count(10) if x % 2), sum(count(5), 100))
print(list(count(5)), tuple(count(3)), sorted(count(6), reverse=True))
print(sorted(words()), sorted(words(), key=len), min(words()), max(count(7)))
print(list(zip(count(3), words(), count(10, 2))))
print(dict(zip(words(), count(3))), sorted(set(x % 3 for x in count(10))))
print(any(x > 5 for x in count(10)), all(x < 5 for x in count(10)))
print("-".join(w.upper() for w in words()), list(enumerate(words(), 1)))
print(list(map(lambda a, b: a + b, count(4), count(4))), list(filter(None, count(4))))
a, b, *rest = count(6)
print(a, b, rest)
print(sum(sum(count(i)) for i in count(6)))


def failing(n):
    for i in range(n):
        if i == 3:
            raise ValueError("bad item %d" % i)
        yield i


for consumer in (sum, list, sorted, tuple, set, max):
    try:
        consumer(failing(10))
    except ValueError as e:
        print(consumer.__name__, "->", e)


def stop_inside():
    yield 1
    raise StopIteration("leak")


for consumer in (list, sum):
    try:
        consumer(stop_inside())
    except RuntimeError as e:
        print(consumer.__name__, "PEP 479:", e, "| cause:", repr(e.__cause__))


def handled_inside():
    try:
        raise KeyError("inside")
    except KeyError:
        yield "in handler"
        yield "still"


try:
    raise IndexError("outer")
except IndexError:
    print(list(handled_inside()))
    import sys
    print(type(sys.exc_info()[1]).__name__)

g = count(5)
print(next(g), list(g), list(g), sum(g))
z = zip(count(2), count(5))
print(list(z), list(count(0)))
