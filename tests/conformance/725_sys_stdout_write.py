import sys
n = sys.stdout.write("héllo\n")
print(n)
sys.stdout.flush()
print(sys.stdout.buffer.write(b"raw bytes\n"))
sys.stdout.buffer.flush()
print(sys.stderr.write("err\n"))
sys.stderr.buffer.write(b"err bytes\n")
print(sys.stdout.encoding, sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.writable(), sys.stdin.readable())
try:
    sys.stdout.write(b"x")
except TypeError as e:
    print("TypeError", e)
