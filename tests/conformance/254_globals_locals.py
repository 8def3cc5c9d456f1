# globals/locals at module, function and class level
x = 10
g = globals()
print(g['x'], '__name__' in g, g['__name__'])
def f():
    return globals()['x']
print(f())
x = 11
print(f())
