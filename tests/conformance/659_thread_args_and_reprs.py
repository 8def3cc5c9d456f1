# Bad timeouts and sizes get CPython's exceptions (no panic, no hang), and the threading
# primitives print CPython 3.11's reprs.
import _thread
import threading
import time

nan, inf = float("nan"), float("inf")


def hexless(x):
    s = repr(x)
    i = s.find("0x")
    while i >= 0:
        j = i + 2
        while j < len(s) and s[j] in "0123456789abcdef":
            j += 1
        s = s[:i] + "0xX" + s[j:]
        i = s.find("0x", i + 3)
    return s


def join_nan():
    ev = threading.Event()
    t = threading.Thread(target=ev.wait)
    t.start()
    try:
        return t.join(nan)
    finally:
        ev.set()
        t.join()


def joined(t):
    t.start()
    t.join(-1)
    t.join()
    return t.is_alive()


cases = [
    ("Lock.acquire(True, nan)", lambda: threading.Lock().acquire(True, nan)),
    ("Lock.acquire(True, inf)", lambda: threading.Lock().acquire(True, inf)),
    ("Lock.acquire(True, 10**10)", lambda: threading.Lock().acquire(True, 10**10)),
    ("RLock.acquire(True, nan)", lambda: threading.RLock().acquire(True, nan)),
    ("Lock.acquire(False, 1)", lambda: threading.Lock().acquire(False, 1)),
    ("Lock.acquire(True, -2)", lambda: threading.Lock().acquire(True, -2)),
    ("Event.wait(nan)", lambda: threading.Event().wait(nan)),
    ("Event.wait(-1)", lambda: threading.Event().wait(-1)),
    ("Condition.wait(nan)", lambda: (lambda c: (c.acquire(), c.wait(nan)))(threading.Condition())),
    ("Semaphore(-1)", lambda: threading.Semaphore(-1)),
    ("time.sleep(nan)", lambda: time.sleep(nan)),
    ("time.sleep(-1)", lambda: time.sleep(-1)),
    ("time.sleep(inf)", lambda: time.sleep(inf)),
    ("time.sleep(10**10)", lambda: time.sleep(10**10)),
    ("Thread.join(nan)", lambda: join_nan()),
    ("start_new_thread(1, ())", lambda: _thread.start_new_thread(1, ())),
    ("start_new_thread(print, [])", lambda: _thread.start_new_thread(print, [])),
    ("stack_size(1)", lambda: threading.stack_size(1)),
    ("stack_size(-1)", lambda: threading.stack_size(-1)),
    ("join(-1) of a short thread", lambda: joined(threading.Thread(target=lambda: None))),
]
for name, f in cases:
    try:
        print(name, "->", f())
    except Exception as e:
        print(name, "!!", type(e).__name__, e)

b = threading.Barrier(2)
print(hexless(b))
b.abort()
print(hexless(b))
print(hexless(threading.Barrier(0)))
print(hexless(threading.Semaphore(3)), hexless(threading.BoundedSemaphore(2)))
e = threading.Event()
print(hexless(e))
e.set()
print(hexless(e))
print(hexless(threading.Condition()))
print(hexless(threading.Lock()), hexless(threading.RLock()))
print(hexless(threading.local()), threading.local is _thread._local)
print(hexless(threading.Timer(1, print)))
