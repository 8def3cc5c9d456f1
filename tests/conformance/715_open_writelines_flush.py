import os
_d = "/tmp/skein_conf_%d" % os.getpid()
os.makedirs(_d, exist_ok=True)
os.chdir(_d)

f = open("wl.txt", "w")
f.writelines(["a\n", "b\n"])
f.writelines(x + "\n" for x in "cd")
f.flush()
print(repr(open("wl.txt").read()))
f.write("tail")
print(repr(open("wl.txt").read()))
f.close()
print(repr(open("wl.txt").read()))

for _n in os.listdir("."):
    os.remove(_n)
os.chdir("/")
os.rmdir(_d)
