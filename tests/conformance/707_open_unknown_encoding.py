import os
_d = "/tmp/skein_conf_%d" % os.getpid()
os.makedirs(_d, exist_ok=True)
os.chdir(_d)

try:
    open("x.txt", "w", encoding="klingon")
except LookupError as e:
    print(type(e).__name__, e)
print(os.path.exists("x.txt"))
try:
    "abc".encode("klingon")
except LookupError as e:
    print(type(e).__name__, e)
try:
    b"abc".decode("nope-8")
except LookupError as e:
    print(type(e).__name__, e)

for _n in os.listdir("."):
    os.remove(_n)
os.chdir("/")
os.rmdir(_d)
