import os
_d = "/tmp/skein_conf_%d" % os.getpid()
os.makedirs(_d, exist_ok=True)
os.chdir(_d)

with open("s.txt", "w") as f:
    f.write("0123456789\nabc\n")
    print(f.tell())
with open("s.txt", "rb") as f:
    print(f.seek(3), f.read(2), f.tell())
    print(f.seek(-4, 2), f.read())
    print(f.seek(-2, 1), f.read())
with open("s.txt") as f:
    print(repr(f.readline()), f.tell())
    f.seek(0)
    print(repr(f.read(4)))
    print(f.seek(0, 2))
with open("s.txt", "r+") as f:
    print(f.truncate(5))
print(repr(open("s.txt").read()))

for _n in os.listdir("."):
    os.remove(_n)
os.chdir("/")
os.rmdir(_d)
