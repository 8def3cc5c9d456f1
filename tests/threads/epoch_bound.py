# Shared-instance snapshots under --gil=off: readers must see consistent values while a
# writer replaces them, and retired snapshots must be reclaimed even while one thread
# read once and then computes without reading or blocking (its per-thread epoch pin
# is dropped at a poll when the writer asks). Prints "ok ..." lines or "FAIL ...".
import sys
import threading

WRITES = int(sys.argv[1]) if len(sys.argv) > 1 else 20000


def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Obj:
    def __init__(self):
        self.pair = (0, 0)
        self.payload = []


obj = Obj()


class Holder:
    shared = obj  # a class attribute: obj is shared from now on


stop = [False]
bad = []
seen = [0, 0]


def reader(k):
    o = Holder.shared
    last = 0
    n = 0
    while not stop[0]:
        a, b = o.pair
        if a != -b or a < last:
            bad.append((a, b, last))
            return
        last = a
        n += 1
    seen[k] = n


def computer():
    # Reads once (taking this thread's pin), then only computes until told to stop.
    o = Holder.shared
    x = o.pair[0]
    while not stop[0]:
        x = (x * 31 + 7) % 1000003


threads = [threading.Thread(target=reader, args=(k,)) for k in range(2)]
threads.append(threading.Thread(target=computer))
for t in threads:
    t.start()

start = 0
for i in range(1, WRITES + 1):
    obj.pair = (i, -i)
    # Each snapshot keeps its payload alive until reclaimed: ~16 KB a write (about
    # 240 MB over the measured writes if reclamation stalls).
    obj.payload = list(range(1000))
    if i == WRITES // 4:
        start = rss_kb()
growth_mb = (rss_kb() - start) // 1024
stop[0] = True
for t in threads:
    t.join()

print("ok consistent" if not bad else "FAIL inconsistent %r" % (bad[:3],))
print("ok readers ran" if seen[0] > 0 and seen[1] > 0 else "FAIL readers %r" % (seen,))
print("ok bounded" if growth_mb < 100 else "FAIL memory grew %d MB" % growth_mb)
print("growth_mb", growth_mb, file=sys.stderr)
