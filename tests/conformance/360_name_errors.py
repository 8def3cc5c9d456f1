# NameError and UnboundLocalError messages
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def g():
    del y
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
z = 1
del z
try:
    z
except NameError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return v
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
    v = 1
print(outer())
