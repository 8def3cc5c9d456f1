def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = counter()
print(c(), c(), c(10))
x = "global"
def read():
    return x
def write():
    global x
    x = "changed"
print(read(), write(), read())
def outer():
    v = 1
    def mid():
        def inner():
            return v
        return inner
    v = 2
    return mid()()
print(outer())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fs.append(f)
    return fs
print([f() for f in make()])
class K:
    y = 5
    z = [y * i for i in range(3)] if False else 0
    def m(self):
        return y if False else K.y
print(K().m(), K.z)
def unbound():
    print(q)
    q = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
def fib(n):
    def go(k):
        return k if k < 2 else go(k - 1) + go(k - 2)
    return go(n)
print(fib(15))
