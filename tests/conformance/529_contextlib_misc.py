from contextlib import suppress, nullcontext, ExitStack, closing
with suppress(KeyError, IndexError):
    {}['x']
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print('not suppressed')
with nullcontext(5) as v:
    print('null', v)
with nullcontext() as v:
    print(v)
class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self.n
    def __exit__(self, *exc):
        print('exit', self.n, exc[0].__name__ if exc[0] else None)
        return False
with ExitStack() as stack:
    vals = [stack.enter_context(Res(i)) for i in range(3)]
    stack.callback(print, 'callback ran')
    print('vals', vals)
try:
    with ExitStack() as stack:
        stack.enter_context(Res('a'))
        raise ValueError('x')
except ValueError:
    print('caught')
with ExitStack() as outer:
    outer.enter_context(Res('kept'))
    saved = outer.pop_all()
print('popped')
saved.close()
class Thing:
    def close(self):
        print('closed')
with closing(Thing()):
    print('using')
