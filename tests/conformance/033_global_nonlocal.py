counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
def outer():
    x = 0
    def inner():
        nonlocal x
        x += 1
        def deepest():
            nonlocal x
            x *= 10
        deepest()
        return x
    inner()
    return inner()
print(outer())
def make_acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = make_acc()
acc(1)
print(acc(2), acc(3))
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
class C:
    attr = 1
    def get(self):
        return attr if False else self.attr
    counter = counter + 1
print(C().get(), C.counter)
