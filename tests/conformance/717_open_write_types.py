import os
_d = "/tmp/skein_conf_%d" % os.getpid()
os.makedirs(_d, exist_ok=True)
os.chdir(_d)

with open("t.txt", "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError", e)
    try:
        f.write(5)
    except TypeError as e:
        print("TypeError", e)
with open("t.bin", "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError", e)

for _n in os.listdir("."):
    os.remove(_n)
os.chdir("/")
os.rmdir(_d)
