# print: sep, end, file=sys.stderr, flush, and argument errors
import sys
print(1, 2, 3, sep='-')
print('a', 'b', sep='', end='|\n')
print('no newline', end='')
print()
print(*[1, 2], sep=', ', end='.\n')
print(None, True, 1.0, [1], sep=None, end=None)
print('to stderr', file=sys.stderr, flush=True)
print('flushed', flush=True)
print(file=None)
print(sep='x')
for kw in [{'sep': 1}, {'end': []}, {'bad': 1}, {'file': 5}]:
    try:
        print('x', **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('a', 2, sep='+', end='!', file=w)
print(w.parts)
