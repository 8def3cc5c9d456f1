# call errors: non-callables and argument binding messages for Python functions
def f(a, b=2, *, c):
    return a, b, c
def g(x, /, y):
    return x, y
five, text, nothing = 5, 'str', None
for fn in [lambda: five(), lambda: text(), lambda: f(), lambda: f(1), lambda: f(1, 2, 3, c=4), lambda: f(1, c=3, d=4), lambda: f(1, a=1, c=2),
           lambda: g(x=1, y=2), lambda: g(1, 2, 3), lambda: (lambda: 0)(1), lambda: nothing(), lambda: f(*[1], **{'c': 1, 'b': 5, 'z': 0})]:
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
print(f(1, c=3), f(1, 5, c=3), g(1, y=2), f(*[1, 2], **{'c': 9}))
