from contextlib import contextmanager
@contextmanager
def tag(name):
    print('<%s>' % name)
    yield name.upper()
    print('</%s>' % name)
with tag('h1') as t:
    print('inside', t)
@contextmanager
def guarded():
    try:
        yield
    except ValueError as e:
        print('handled', e)
    finally:
        print('cleanup')
with guarded():
    raise ValueError('boom')
print('after')
try:
    with guarded():
        raise KeyError('k')
except KeyError as e:
    print('propagated', e)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
@tag('deco')
def decorated():
    print('body')
decorated()
