import os
_d = "/tmp/skein_conf_%d" % os.getpid()
os.makedirs(_d, exist_ok=True)
os.chdir(_d)

try:
    with open("w.txt", "w") as f:
        f.write("partial")
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e, f.closed)
print(open("w.txt").read())
def gen():
    with open("w.txt") as g:
        yield from g
print(list(gen()))

for _n in os.listdir("."):
    os.remove(_n)
os.chdir("/")
os.rmdir(_d)
