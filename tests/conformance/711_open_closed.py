import os
_d = "/tmp/skein_conf_%d" % os.getpid()
os.makedirs(_d, exist_ok=True)
os.chdir(_d)

f = open("c.txt", "w")
print(f.closed)
f.close()
print(f.closed)
f.close()
for op in (lambda: f.write("x"), lambda: f.read(), lambda: f.readline(), lambda: f.tell(), lambda: f.seek(0), lambda: iter(f), lambda: f.flush()):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
with open("c.txt") as g:
    pass
print(g.closed)
try:
    with g:
        pass
except ValueError as e:
    print("ValueError", e)

for _n in os.listdir("."):
    os.remove(_n)
os.chdir("/")
os.rmdir(_d)
