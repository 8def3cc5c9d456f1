import os
_d = "/tmp/skein_conf_%d" % os.getpid()
os.makedirs(_d, exist_ok=True)
os.chdir(_d)

with open("p.txt", "w") as f:
    f.write("abc")
with open("p.txt", "a") as f:
    print(f.write("def"), f.tell())
print(open("p.txt").read())
with open("p.txt", "r+") as f:
    print(f.read(2))
    f.seek(0)
    f.write("XY")
    f.seek(0)
    print(f.read())
with open("p.txt", "w+") as f:
    f.write("new")
    f.seek(0)
    print(repr(f.read()))
with open("p.txt", "a+") as f:
    f.write("!")
    f.seek(0)
    print(f.read())

for _n in os.listdir("."):
    os.remove(_n)
os.chdir("/")
os.rmdir(_d)
