# Threads importing the same module at once wait for the one that runs its body (CPython's
# per-module import locks): nobody sees a half-run module, the body runs once, and an
# import cycle across two threads does not hang.
import threading

barrier = threading.Barrier(4)
results = []


def first_open():
    barrier.wait()
    # The first open() imports io; the others must wait for it, not see it half-run.
    with open(__file__) as f:
        results.append(f.readline().startswith("#"))


threads = [threading.Thread(target=first_open) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)

values = []


def use_slow():
    barrier.wait()
    import imp_slow_helper
    values.append(imp_slow_helper.VALUE)


threads = [threading.Thread(target=use_slow) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(values)

done = []


def cycle(name):
    __import__(name)
    done.append(name)


threads = [threading.Thread(target=cycle, args=(n,)) for n in ("imp_cycle_a", "imp_cycle_b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(done))
import imp_cycle_a, imp_cycle_b  # noqa: E401,E402
print(imp_cycle_a.A, imp_cycle_b.B)
