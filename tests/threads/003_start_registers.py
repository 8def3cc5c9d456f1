# Thread.start() returns once the new thread has registered itself (CPython's `_started`
# event): it is listed, alive and has its ids before the starter goes on; the flag works
# for threads that end at once, raise, or block, and join() rejects a NaN timeout.
import threading

ev = threading.Event()
t = threading.Thread(target=ev.wait, name="blocked")
print(repr(t).split(",")[1])
t.start()
print(t in threading.enumerate(), t.is_alive(), t.ident is not None,
      t.native_id is not None, repr(t).split(",")[1].split()[0])
try:
    t.join(float("nan"))
except ValueError as e:
    print("ValueError:", e)
ev.set()
t.join()
print(t.is_alive(), repr(t).split(",")[1].split()[0])
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)

# Threads that finish at once: start() still returns, every one ran its body.
done = []
threads = [threading.Thread(target=done.append, args=(i,)) for i in range(20)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(done) == list(range(20)))


# A thread whose body raises before doing anything: start() returns, the hook reports.
def boom():
    raise KeyError("early")


seen = []
threading.excepthook = lambda args: seen.append(args.exc_type.__name__)
b = threading.Thread(target=boom)
b.start()
b.join()
print(seen)

# A thread that starts another: both are registered when their start() returns.
inner = []


def outer():
    hold = threading.Event()
    t2 = threading.Thread(target=hold.wait)
    t2.start()
    inner.append(t2 in threading.enumerate())
    hold.set()
    t2.join()


o = threading.Thread(target=outer)
o.start()
o.join()
print(inner)
