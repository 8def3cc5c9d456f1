# The global lock switch: fib in two threads against fib twice in one thread, with the times and the speed-up.
# Default N=34: about 1-2 s per fib on one core, long enough for the speed-up to show.
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 34


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def timed(run):
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def one_thread():
    fib(N)
    fib(N)


def two_threads():
    threads = [threading.Thread(target=fib, args=(N,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


lock = "on" if sys._is_gil_enabled() else "off"
serial = timed(one_thread)
parallel = timed(two_threads)
print("global lock:", lock)
print("fib(%d) twice in one thread:  %.2f s" % (N, serial))
print("fib(%d) in two threads:       %.2f s" % (N, parallel))
print("speed-up: %.2fx" % (serial / parallel))
