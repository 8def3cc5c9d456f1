import os
_d = "/tmp/skein_conf_%d" % os.getpid()
os.makedirs(_d, exist_ok=True)
os.chdir(_d)

with open("b.bin", "wb") as f:
    print(f.write(b"\x00\x01abc\xff"), f.write(bytearray(b"zz")))
with open("b.bin", "rb") as f:
    print(f.read(2), f.read(3), f.read(), f.read())
with open("b.bin", "rb") as f:
    data = f.read()
print(len(data), data[-1], list(data[:3]))
with open("b.bin", "r+b") as f:
    f.seek(2)
    f.write(b"AB")
with open("b.bin", "rb") as f:
    print(f.readline(), list(f))

for _n in os.listdir("."):
    os.remove(_n)
os.chdir("/")
os.rmdir(_d)
