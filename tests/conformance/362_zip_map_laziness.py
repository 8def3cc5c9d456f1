# zip/map/filter are lazy and stop at the shortest input; zip pulls left to right
def numbers(tag, n):
    for i in range(n):
        print('pull', tag, i)
        yield i
z = zip(numbers('a', 3), numbers('b', 1))
print(list(z))
m = map(lambda x, y: x * y, numbers('m', 5), [10, 20])
print(list(m))
f = filter(lambda x: x % 2, numbers('f', 4))
print(next(f), next(f))
e = enumerate(numbers('e', 2), 5)
print(list(e))
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
