import os
_d = "/tmp/skein_conf_%d" % os.getpid()
os.makedirs(_d, exist_ok=True)
os.chdir(_d)

open("d.txt", "w").write("written by a dropped file")
print(open("d.txt").read())
def scribble():
    f = open("d2.txt", "w")
    f.write("local file")
scribble()
print(open("d2.txt").read())
f = open("d3.txt", "w")
f.write("x")
del f
print(open("d3.txt").read())

for _n in os.listdir("."):
    os.remove(_n)
os.chdir("/")
os.rmdir(_d)
