import sys, io
for bad in (lambda: sys.stdout.read(), lambda: sys.stdin.write("x"), lambda: print("x", file=sys.stdin), lambda: sys.stderr.readline()):
    try:
        bad()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
print(sys.stdin.readable(), sys.stdout.writable(), sys.stdin.writable(), sys.stdout.readable())
print(isinstance(sys.stdout.buffer.write(b""), int))
