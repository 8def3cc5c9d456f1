import os
_d = "/tmp/skein_conf_%d" % os.getpid()
os.makedirs(_d, exist_ok=True)
os.chdir(_d)

f = open("a.txt", "w")
print(f.write("hello\n"), f.write("wörld\n"))
f.close()
f = open("a.txt")
print(repr(f.read()))
f.close()
with open("a.txt", "rb") as f:
    print(f.read())

for _n in os.listdir("."):
    os.remove(_n)
os.chdir("/")
os.rmdir(_d)
