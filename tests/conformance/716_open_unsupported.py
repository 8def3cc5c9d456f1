import os
_d = "/tmp/skein_conf_%d" % os.getpid()
os.makedirs(_d, exist_ok=True)
os.chdir(_d)

import io
with open("u.txt", "w") as f:
    f.write("x")
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
with open("u.txt") as f:
    try:
        f.write("y")
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
with open("u.txt", "rb") as f:
    try:
        f.write(b"y")
    except OSError as e:
        print(type(e).__name__, e)

for _n in os.listdir("."):
    os.remove(_n)
os.chdir("/")
os.rmdir(_d)
