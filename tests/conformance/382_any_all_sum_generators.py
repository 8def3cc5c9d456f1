# builtins consuming generators: sum/any/all/min/max/sorted/list/tuple/set/dict on genexps
gen = (x * x for x in range(6))
print(sum(gen), sum(gen))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)), max(x % 4 for x in range(10)), min((x for x in 'hello'), default='z'))
print(sorted((-x for x in range(4))), list(c.upper() for c in 'ab'), tuple(x for x in [1, 2]), sorted(set(x % 3 for x in range(10))))
print(dict((k, len(k)) for k in ['a', 'bbb']), ''.join(str(i) for i in range(5)), sum(1 for _ in iter(int, 0) if False))
def squares(n):
    for i in range(n):
        yield i * i
    return 'done'
g = squares(3)
print(list(g), list(g), next(squares(2)), sum(squares(4), 100))
