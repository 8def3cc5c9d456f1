# Short-lived threads write a shared instance and a threading.local, then exit: retired
# attribute copies and per-thread dicts are freed as threads come and go.
import threading


class Box:
    pass


shared = Box()
shared.v = [0]
loc = threading.local()


def work(k):
    for i in range(300):
        shared.v = [k, i]
        if len(shared.v) != 2:
            print("torn read")
        setattr(shared, "a%d" % (i % 5), object())
        loc.x = [k, i]
        if loc.x[0] != k:
            print("local leaked between threads")


for _ in range(30):
    threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
print("done", len(shared.v), sorted(n for n in vars(shared) if n.startswith("a")))
print("main local untouched", hasattr(loc, "x"))
