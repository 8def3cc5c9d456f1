# Thread.start() returns only after the new thread has registered itself (CPython's
# `_started` event), so its bootstrap never races with the code after start().
import threading

gate = threading.Event()


def worker():
    gate.wait()


threads = [threading.Thread(target=worker, name="w%d" % i) for i in range(5)]
for t in threads:
    t.start()
    # Registered under its ident, no longer in the "starting" table.
    print(t.name, threading._active.get(t.ident) is t, t in threading._limbo.values())
print(sorted(t.name for t in threading.enumerate() if t is not threading.main_thread()))
gate.set()
for t in threads:
    t.join()
print([t.is_alive() for t in threads])
