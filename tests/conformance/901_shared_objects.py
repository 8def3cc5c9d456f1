# Objects stored in module globals and read by other threads stay ordinary objects:
# later writes from either side are seen, attributes can be added and deleted.
import threading


class Point:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


shared_point = Point(7)
shared_list = [1, 2]
shared_lock = threading.Lock()
shared_dict = {"a": 1}


def run(fn):
    out = []
    t = threading.Thread(target=lambda: out.append(fn()))
    t.start()
    t.join()
    return out[0]


def reader():
    return (shared_point.x, shared_point.get(), len(shared_list), shared_lock.locked(),
            shared_dict["a"])


print("first read", run(reader))
shared_point.x = 8
shared_point.y = "new"
shared_list.append(3)
shared_dict["a"] = 2
print("after main writes", run(reader), run(lambda: shared_point.y))


def writer():
    shared_point.x = 100
    del shared_point.y
    shared_point.z = [1, 2, 3]
    shared_list.append(4)
    return "done"


print(run(writer))
print("main sees", shared_point.x, hasattr(shared_point, "y"), shared_point.z, shared_list)
print("vars", sorted(vars(shared_point)), sorted(shared_point.__dict__.items())[:1])
print("dir has z", "z" in dir(shared_point))
with shared_lock:
    print("locked in thread", run(lambda: shared_lock.locked()))
shared_point = Point(-1)
print("rebound", run(lambda: shared_point.get()))
many = [Point(i) for i in range(20)]
print("sum", run(lambda: sum(p.x for p in many)))
for p in many:
    p.x *= 2
print("sum after", run(lambda: sum(p.get() for p in many)))
