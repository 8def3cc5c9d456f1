import io
s = io.StringIO()
print(s.write("hello "), s.write("world"))
print(s.getvalue(), s.tell())
s.seek(0)
print(s.read(5), repr(s.read()))
s = io.StringIO("line1\nline2\nline3")
print(list(s))
s.close()
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print("ValueError", e)
with io.StringIO("ctx") as s:
    print(s.read())
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError", e)
