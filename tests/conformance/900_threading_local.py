# threading.local: per-thread attributes, a subclass __init__ once per thread, errors.
import threading


def in_thread(fn):
    out = []
    t = threading.Thread(target=lambda: out.append(fn()))
    t.start()
    t.join()
    return out[0]


loc = threading.local()
loc.x = 5
print("main x", loc.x)
print("thread sees x", in_thread(lambda: hasattr(loc, "x")))


def set_in_thread():
    loc.x = 9
    loc.y = "thread"
    return (loc.x, loc.y, sorted(loc.__dict__))


print("thread sets", in_thread(set_in_thread))
print("main keeps", loc.x, hasattr(loc, "y"), loc.__dict__)
loc.__dict__["z"] = 3
print("live __dict__", loc.z)
del loc.x
print("after del", hasattr(loc, "x"))
try:
    del loc.x
except AttributeError as e:
    print("AttributeError", "x" in str(e))
try:
    loc.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)
try:
    threading.local(1, k=2)
except TypeError as e:
    print("TypeError", e)


class Counter(threading.local):
    inits = []

    def __init__(self, start, step=1):
        Counter.inits.append((start, step))
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value


c = Counter(10, step=5)
print("main bump", c.bump(), c.bump())


def use_counter():
    return (c.value, c.bump(), c.bump())


print("thread counter", in_thread(use_counter))
print("second thread", in_thread(lambda: c.bump()))
print("main value", c.value, "inits", Counter.inits)


class Picky(threading.local):
    def __init__(self):
        if threading.current_thread() is not threading.main_thread():
            raise ValueError("not here")
        self.ok = True


p = Picky()


def touch_picky():
    seen = []
    for _ in range(2):
        try:
            seen.append(p.ok)
        except ValueError as e:
            seen.append("ValueError: %s" % e)
    return seen


print("failing init retried", in_thread(touch_picky))
print("main picky", p.ok)


class Base(threading.local):
    kind = "class attr"

    @property
    def doubled(self):
        return self.n * 2

    def __init__(self):
        self.n = 21


b = Base()
print("property/class attr in thread", in_thread(lambda: (b.doubled, b.kind)))
print("isinstance", isinstance(b, threading.local), type(b).__name__)
