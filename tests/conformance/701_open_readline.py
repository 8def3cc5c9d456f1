import os
_d = "/tmp/skein_conf_%d" % os.getpid()
os.makedirs(_d, exist_ok=True)
os.chdir(_d)

with open("l.txt", "w") as f:
    f.write("one\ntwo\n\nthree")
with open("l.txt") as f:
    print(repr(f.readline()), repr(f.readline(2)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()))
with open("l.txt") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open("l.txt") as f:
    print(f.readlines(5))

for _n in os.listdir("."):
    os.remove(_n)
os.chdir("/")
os.rmdir(_d)
