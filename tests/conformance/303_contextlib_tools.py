# contextlib: contextmanager, suppress, ExitStack ordering, nullcontext, closing, redirect_stdout
import contextlib
@contextlib.contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    finally:
        print('</' + name + '>')
with tag('a') as t:
    print('inside', t)
with contextlib.suppress(KeyError, IndexError):
    {}['x']
print('suppressed')
with contextlib.ExitStack() as stack:
    for n in ['x', 'y']:
        stack.enter_context(tag(n))
    stack.callback(print, 'callback ran')
    print('body')
with contextlib.nullcontext(42) as v:
    print('null', v)
class Res:
    def close(self):
        print('closed')
with contextlib.closing(Res()):
    print('using')
try:
    with tag('err'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)
