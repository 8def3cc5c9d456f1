# a generator resumed from two threads: the second resumer gets
# "ValueError: generator already executing", never a crash.
import threading

started = threading.Event()
release = threading.Event()


def slow():
    yield "first"
    started.set()
    release.wait(10)
    yield "second"
    yield "third"


g = slow()
print(next(g))
results = []


def runner():
    results.append(next(g))


t = threading.Thread(target=runner)
t.start()
started.wait(10)
for attempt in (lambda: next(g), lambda: g.send(None), lambda: list(g), lambda: [x for x in g]):
    try:
        attempt()
        print("no error?")
    except ValueError as e:
        print("ValueError:", e)
print("running:", g.gi_running)
release.set()
t.join()
print(results, next(g), g.gi_running)
try:
    next(g)
except StopIteration:
    print("done")

# many threads racing for items of one shared generator: every item once
lock_free_items = []


def numbers(n):
    for i in range(n):
        yield i


shared = numbers(2000)
errors = []
lock = threading.Lock()


def worker():
    got = []
    while True:
        try:
            x = next(shared)
        except StopIteration:
            break
        except ValueError:
            continue
        got.append(x)
    with lock:
        lock_free_items.extend(got)


ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(lock_free_items), sorted(lock_free_items) == list(range(2000)))

# each thread drives its own generator pipeline
out = {}


def pipeline(k):
    out[k] = sum(x * k for x in numbers(1000) if x % 3 == 0)


ts = [threading.Thread(target=pipeline, args=(k,)) for k in range(1, 5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([out[k] for k in sorted(out)])
