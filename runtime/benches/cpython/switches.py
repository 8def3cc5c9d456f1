# The CPython side of runtime/benches/gil.rs's hand-off figure: two threads spinning in Python,
# counting changes of the running thread per second. Usage: python3 switches.py INTERVAL_SECONDS
import sys, threading, time
iv = float(sys.argv[1])
sys.setswitchinterval(iv)
last = [None]; switches = [0]; stop = [False]
def spin(me):
    n = 0
    while not stop[0]:
        if last[0] != me:
            last[0] = me
            switches[0] += 1
        n += 1
ts = [threading.Thread(target=spin, args=(i,)) for i in range(2)]
for t in ts: t.start()
time.sleep(0.5)
s0 = switches[0]; time.sleep(1.0); s1 = switches[0]
stop[0] = True
for t in ts: t.join()
print(f"cpython interval {iv}: {s1-s0} switches/s")
