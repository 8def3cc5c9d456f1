# ExitStack: LIFO callbacks, pop_all transfer, exception seen by callbacks, suppression via __exit__
import contextlib
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.swallow
with contextlib.ExitStack() as st:
    names = [st.enter_context(CM(n)) for n in 'abc']
    print(names)
with contextlib.ExitStack() as st:
    st.enter_context(CM('outer', swallow=True))
    st.enter_context(CM('inner'))
    raise KeyError('x')
print('after swallowed')
with contextlib.ExitStack() as st:
    st.enter_context(CM('moved'))
    later = st.pop_all()
print('stack closed, moved still open')
later.close()
@contextlib.contextmanager
def catching():
    try:
        yield
    except ValueError as e:
        print('generator caught', e)
with catching():
    raise ValueError('v')
print('continued')
with contextlib.suppress():
    pass
try:
    with contextlib.suppress(KeyError):
        raise IndexError('not suppressed')
except IndexError as e:
    print(type(e).__name__, e)
