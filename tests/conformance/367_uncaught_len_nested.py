# an uncaught TypeError from len() raised three calls deep
def outer(x):
    return middle(x) + 1
def middle(x):
    return inner(x) * 2
def inner(x):
    return len(x)
print(outer('abc'))
print(outer(42))
