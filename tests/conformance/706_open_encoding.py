import os
_d = "/tmp/skein_conf_%d" % os.getpid()
os.makedirs(_d, exist_ok=True)
os.chdir(_d)

with open("e.txt", "w", encoding="latin-1") as f:
    f.write("café")
print(open("e.txt", "rb").read())
print(open("e.txt", encoding="latin-1").read())
with open("e.txt", encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
with open("e.txt", encoding="utf-8", errors="ignore") as f:
    print(repr(f.read()))
with open("u.txt", "w", encoding="utf-8") as f:
    f.write("日本語\n")
with open("u.txt", encoding="UTF8") as f:
    print(f.read(2), f.encoding)
with open("u.txt", "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("é!")
print(open("u.txt").read())
try:
    open("e.txt").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

for _n in os.listdir("."):
    os.remove(_n)
os.chdir("/")
os.rmdir(_d)
