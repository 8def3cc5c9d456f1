import io
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")))
print(b.getvalue(), b.tell())
b.seek(1)
print(b.read(2), b.read())
b = io.BytesIO(b"x\ny\nz")
print(b.readline(), b.readlines())
b.seek(1)
b.write(b"QQ")
print(b.getvalue())
print(b.seek(-1, 2), b.read())
b.truncate(2)
print(b.getvalue())
try:
    b.write("s")
except TypeError as e:
    print("TypeError", e)
with io.BytesIO(b"data") as b:
    print(list(b))
print(b.closed)
