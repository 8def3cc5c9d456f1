# The CPython side of runtime/benches/gil.rs's hand-off latency: one thread spins, the main
# thread returns from a 2 ms sleep and waits for the lock. Usage: python3 handoff_latency.py INTERVAL_SECONDS
import sys, threading, time
iv = float(sys.argv[1]); sys.setswitchinterval(iv)
stop = False
def spin():
    while not stop: pass
t = threading.Thread(target=spin); t.start()
waits = []
for _ in range(200):
    t0 = time.perf_counter(); time.sleep(0.002); waits.append((time.perf_counter() - t0 - 0.002 - iv) * 1e6)
stop = True; t.join()
waits.sort()
print(f"cpython interval {iv*1e6:.0f} us: interval + {waits[100]:.0f} us median, + {waits[180]:.0f} us p90")
