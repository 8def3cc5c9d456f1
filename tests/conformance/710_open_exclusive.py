import os
_d = "/tmp/skein_conf_%d" % os.getpid()
os.makedirs(_d, exist_ok=True)
os.chdir(_d)

with open("x.txt", "x") as f:
    f.write("first")
try:
    open("x.txt", "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e)
print(open("x.txt").read())
with open("y.bin", "xb") as f:
    print(f.mode)

for _n in os.listdir("."):
    os.remove(_n)
os.chdir("/")
os.rmdir(_d)
