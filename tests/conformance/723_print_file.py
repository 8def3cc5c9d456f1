import io, sys
s = io.StringIO()
print("a", 1, None, file=s)
print("b", "c", sep="-", end="!\n", file=s)
print(file=s)
print(repr(s.getvalue()))
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, t):
        self.parts.append(t)
        return len(t)
    def flush(self):
        self.parts.append("<flush>")
k = Sink()
print("x", "y", file=k, flush=True)
print(k.parts)
print("to stderr", file=sys.stderr)
print("to stdout", file=sys.stdout)
print("none", file=None)
