# Stress: 8 threads hammer shared containers and attributes; atomic operations must stay exact.
import sys
import threading
import time
from collections import deque

THREADS = 8
SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0

shared_list = []
shared_dict = {}
shared_set = set()
shared_deque = deque()
counts = [0] * THREADS


class Box:
    def __init__(self):
        self.value = 0
        self.owner = None


box = Box()
errors = []
# Read by every worker, so it becomes immortal and its attributes are read lock-free
# from a published copy that writers replace: readers must never see a freed value.
shared = Box()
shared.items = []
local = threading.local()
bad_local = []


def worker(k):
    try:
        n = 0
        end = time.monotonic() + SECONDS
        while True:
            # Each round: one append/insert/add per container, plus attribute writes and reads.
            shared_list.append(k)
            shared_dict[(k, n)] = n
            shared_set.add((k, n))
            shared_deque.append(n)
            box.value = n
            box.owner = k
            _ = box.value
            shared_dict.get((k, n - 1))
            len(shared_list)
            # Object values replaced while others read them; an attribute added and
            # deleted under readers' feet.
            shared.items = [k, n, "x" * (n % 7)]
            got = shared.items
            if len(got) != 3 or not (0 <= got[0] < THREADS):
                errors.append("bad shared attr %r" % (got,))
            shared.label = "w%d-%d" % (k, n)
            if not shared.label.startswith("w"):
                errors.append("bad label")
            setattr(shared, "tmp%d" % k, Box())
            try:
                delattr(shared, "tmp%d" % ((k + 1) % THREADS))
            except AttributeError:
                pass
            local.v = (k, n)
            if local.v != (k, n):
                bad_local.append(local.v)
            if n % 50 == 0:
                # Readers racing with writers must see a consistent container.
                for x in shared_list[-20:]:
                    if not (0 <= x < THREADS):
                        errors.append("bad list item %r" % (x,))
                list(shared_dict.items())[:5]
                if shared_list:
                    shared_list[-1]
                if (k, n) not in shared_set:
                    errors.append("set lost %r" % ((k, n),))
            n += 1
            if n % 100 == 0 and time.monotonic() > end:
                break
        counts[k] = n
    except BaseException as e:
        errors.append("%s: %s" % (type(e).__name__, e))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

total = sum(counts)
print("gil", sys._is_gil_enabled())
print("errors", errors[:5])
print("list exact", len(shared_list) == total)
print("dict exact", len(shared_dict) == total)
print("set exact", len(shared_set) == total)
print("deque exact", len(shared_deque) == total)
print("per-thread exact", all(shared_list.count(k) == counts[k] for k in range(THREADS)))
print("attr is an int", isinstance(box.value, int), box.owner in range(THREADS))
print("rounds > 0", all(c > 0 for c in counts))
print("shared instance readable", len(shared.items) == 3, shared.label.startswith("w"))
print("local per thread", bad_local == [], not hasattr(local, "v"))
