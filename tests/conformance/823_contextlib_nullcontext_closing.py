# nullcontext as an optional context manager; closing calls close() even on error; suppress returns
from contextlib import nullcontext, closing, suppress
class Res:
    def __init__(self, name):
        self.name = name
    def close(self):
        print('close', self.name)
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *a):
        print('exit', self.name)
def use(cm):
    with cm as r:
        return r
print(use(nullcontext()), use(nullcontext('given')), use(Res('real')).name)
try:
    with closing(Res('c')) as r:
        raise RuntimeError('fail ' + r.name)
except RuntimeError as e:
    print(e)
def f():
    with suppress(ZeroDivisionError):
        return 1 / 0
    return 'after'
print(f())
