import os
_d = "/tmp/skein_conf_%d" % os.getpid()
os.makedirs(_d, exist_ok=True)
os.chdir(_d)
with open("m.txt", "w") as f, open("n.txt", "w") as g:
    print("one", "two", sep="|", file=f)
    print(*["a", "b", "c"], sep="", end="", file=g)
print(open("m.txt").read(), open("n.txt").read())
for line in open("m.txt"):
    print(repr(line))
with open("m.txt") as f:
    print(repr(f.read(0)), repr(f.readline(0)), repr(f.readline(3)), repr(f.read(1)))
big = "é" * 5000 + "\n" + "ü" * 5000
with open("big.txt", "w") as f:
    f.write(big)
with open("big.txt") as f:
    chunks = []
    while True:
        c = f.read(777)
        if not c:
            break
        chunks.append(c)
print(len(chunks), "".join(chunks) == big)
with open("big.txt", encoding="utf-8") as f:
    lines = f.readlines()
print([len(l) for l in lines])
with open("m.txt", "rb") as f:
    g = open(f.fileno(), "rb", closefd=False)
    print(g.read(3), g.name == f.fileno())
    g.close()
    print(f.read())
with open("m.txt", "a+") as f:
    print(f.tell() > 0)
    f.seek(0)
    print(repr(f.readline()))
for n in os.listdir("."):
    os.remove(n)
os.chdir("/")
os.rmdir(_d)
