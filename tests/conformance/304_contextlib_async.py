# asynccontextmanager driven by hand with send(None), no event loop
import contextlib
@contextlib.asynccontextmanager
async def resource(name):
    print('open', name)
    try:
        yield name * 2
    finally:
        print('close', name)
async def main():
    async with resource('ab') as r:
        print('using', r)
    try:
        async with resource('x'):
            raise KeyError('k')
    except KeyError as e:
        print('caught', repr(e))
    return 'done'
coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print('result', e.value)
