import os
_d = "/tmp/skein_conf_%d" % os.getpid()
os.makedirs(_d, exist_ok=True)
os.chdir(_d)

with open("n.txt", "wb") as f:
    f.write(b"a\r\nb\rc\nd\r\n")
for nl in (None, "", "\n", "\r", "\r\n"):
    with open("n.txt", newline=nl) as f:
        print(repr(nl), f.readlines())
with open("n.txt") as f:
    print(repr(f.read()))
with open("w.txt", "w", newline="\r\n") as f:
    f.write("x\ny\n")
print(open("w.txt", "rb").read())
with open("w.txt", "w", newline="") as f:
    f.write("x\r\ny\n")
print(open("w.txt", "rb").read())

for _n in os.listdir("."):
    os.remove(_n)
os.chdir("/")
os.rmdir(_d)
