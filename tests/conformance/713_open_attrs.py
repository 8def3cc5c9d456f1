import os
_d = "/tmp/skein_conf_%d" % os.getpid()
os.makedirs(_d, exist_ok=True)
os.chdir(_d)

with open("at.txt", "w") as f:
    print(f.name, f.mode, f.encoding, f.errors, f.line_buffering)
    print(f.readable(), f.writable(), f.seekable(), f.isatty())
    print(type(f.fileno()).__name__, f.fileno() > 2)
    print(repr(f))
    print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
    print(repr(f.buffer), f.buffer.raw.mode)
with open("at.txt", "rb") as f:
    print(repr(f), f.mode)
with open("at.txt", "r+b") as f:
    print(type(f).__name__, f.mode)
with open("at.txt", "rb", buffering=0) as f:
    print(repr(f))

for _n in os.listdir("."):
    os.remove(_n)
os.chdir("/")
os.rmdir(_d)
