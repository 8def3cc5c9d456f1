# ExitStack.callback with args and kwargs, push of exit functions, close() ordering
from contextlib import ExitStack
def report(*args, **kw):
    print('callback', args, kw)
def exit_fn(t, v, tb):
    print('push exit sees', t.__name__ if t else None)
    return False
with ExitStack() as st:
    st.callback(report, 1, 2, key='v')
    st.push(exit_fn)
    st.callback(report, 'last registered')
print('---')
st = ExitStack()
st.callback(report, 'a')
st.callback(report, 'b')
st.close()
st.close()
print('---')
try:
    with ExitStack() as st:
        st.push(exit_fn)
        raise LookupError('seen')
except LookupError as e:
    print('propagated', e)
