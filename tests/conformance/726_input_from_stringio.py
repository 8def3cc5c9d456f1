import io, sys
sys.stdin = io.StringIO("first line\nsecond\n")
a = input("prompt> ")
print()
print(repr(a))
print(repr(input()))
try:
    input()
except EOFError as e:
    print("EOFError", e)
sys.stdin = io.StringIO("x\ny\nz")
print([line for line in sys.stdin])
