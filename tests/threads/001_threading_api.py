# threading's API with deterministic output: names, locks, conditions, semaphores, events, barriers, timers, local.
import sys
import threading
import time
import _thread

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(-1)
except ValueError as e:
    print("ValueError:", e)
sys.setswitchinterval(0.005)


def worker(n):
    return n


t = threading.Thread(target=worker, args=(1,))
print(t.name.startswith("Thread-"), t.name.endswith("(worker)"), t.daemon, t.ident, t.is_alive())
print(repr(t).startswith("<Thread(Thread-") and repr(t).endswith(", initial)>"))
t.start()
t.join()
print(t.is_alive(), type(t.ident) is int, type(t.native_id) is int)
print(repr(t).endswith("stopped " + str(t.ident) + ")>"))
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=worker).join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.current_thread().ident == threading.get_ident() == _thread.get_ident())
print(threading.active_count(), len(threading.enumerate()))
named = threading.Thread(target=worker, args=(2,), name="custom", daemon=True)
print(named.name, named.daemon)
named.name = "renamed"
print(named.name)

lock = threading.Lock()
print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01), lock.locked())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for args, kw in [((False, 1), {}), ((True, -5), {}), ((), {"timeout": -2})]:
    try:
        lock.acquire(*args, **kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    lock.acquire(timeout=1e300)
except OverflowError as e:
    print("OverflowError:", e)
with lock:
    print("with", lock.locked())
print(lock.locked(), threading.TIMEOUT_MAX > 1e9)

rlock = threading.RLock()
with rlock:
    with rlock:
        print("rlock nested")
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

cond = threading.Condition()
ready = []


def consumer():
    with cond:
        cond.wait_for(lambda: ready)
        ready.append("consumed")


c = threading.Thread(target=consumer)
c.start()
time.sleep(0.05)
with cond:
    ready.append("item")
    cond.notify_all()
c.join()
print(ready)
with cond:
    print(cond.wait(0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.01))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
threading.Timer(0.02, ev.set).start()
print(ev.wait(5), ev.is_set())
cancelled = threading.Timer(0.05, lambda: print("should not run"))
cancelled.start()
cancelled.cancel()
cancelled.join()

barrier = threading.Barrier(3)
order = []


def arrive(k):
    i = barrier.wait()
    with lock:
        order.append(i)


ts = [threading.Thread(target=arrive, args=(k,)) for k in range(3)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print(sorted(order), barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b2.broken)
b2.reset()
print(b2.broken)


class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
        inits.append(v)


inits = []
loc = MyLocal(5)
loc.v = 6
seen = []


def read_local():
    seen.append(loc.v)
    loc.v = 7


r = threading.Thread(target=read_local)
r.start()
r.join()
print(loc.v, seen, inits)


class Sub(threading.Thread):
    def __init__(self):
        super().__init__(name="sub")
        self.result = None

    def run(self):
        self.result = threading.current_thread().name


s = Sub()
s.start()
s.join()
print(s.result)
slow = threading.Thread(target=time.sleep, args=(0.3,))
slow.start()
slow.join(0.01)
print(slow.is_alive())
slow.join()
print(slow.is_alive())
done = []
_thread.start_new_thread(done.append, (1,))
while not done:
    time.sleep(0.01)
print(done)
