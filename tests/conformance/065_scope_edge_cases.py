x = 1
def f():
    return x
x = 2
print(f())
def g():
    y = 1
    def h():
        return y
    y = 2
    return h()
print(g())
class C:
    x = "class x"
    def m(self):
        return x
print(C().m())
def comp_scope():
    n = 10
    return [n * i for i in range(3)]
print(comp_scope())
class D:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(D.doubled)
def lambda_defaults():
    fs = []
    for i in range(3):
        fs.append(lambda x, i=i: x + i)
    return [f(10) for f in fs]
print(lambda_defaults())
def cell_after_del():
    v = 1
    def inner():
        return v
    del v
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(cell_after_del())
total = 0
for i in range(5):
    total += i
print(i, total)
try:
    del total
    print(total)
except NameError as e:
    print(e)
