import os
_d = "/tmp/skein_conf_%d" % os.getpid()
os.makedirs(_d, exist_ok=True)
os.chdir(_d)

cases = [
    lambda: open("m.txt", "rw"),
    lambda: open("m.txt", "rr"),
    lambda: open("m.txt", "z"),
    lambda: open("m.txt", "rbt"),
    lambda: open("m.txt", "b"),
    lambda: open("m.txt", "wb", encoding="utf-8"),
    lambda: open("m.txt", "wb", newline=""),
    lambda: open("m.txt", "wb", errors="strict"),
    lambda: open("m.txt", "w", newline="x"),
    lambda: open("m.txt", "w", buffering=0),
    lambda: open(3.5),
    lambda: open(None),
]
for c in cases:
    try:
        c()
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

for _n in os.listdir("."):
    os.remove(_n)
os.chdir("/")
os.rmdir(_d)
