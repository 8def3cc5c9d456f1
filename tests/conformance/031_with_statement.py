class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
with Res("a") as a, Res("b") as b:
    print("using", a.name, b.name)
def f():
    with Res("c"):
        return "returned"
print(f())
for i in range(3):
    with Res(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
try:
    with Res("d"):
        1 / 0
except ZeroDivisionError:
    print("propagated")
