# `with`/`async with`: __enter__ reached through any descriptor kind, and CPython 3.11's
# TypeError when the protocol methods are missing.
import threading
class D:
    def __get__(self, obj, cls):
        return lambda: ('via descriptor', type(obj).__name__)
class CM:
    __enter__ = D()
    def __exit__(self, *a): print('exit', a[0]); return False
with CM() as r: print(r)
class S:
    @staticmethod
    def __enter__(): return 'static'
    @classmethod
    def __exit__(cls, *a): print('cls exit', cls.__name__)
with S() as r: print(r)
class Bad:
    def __exit__(self, *a): pass
try:
    with Bad(): pass
except Exception as e: print(type(e).__name__, e)
class Bad2:
    def __enter__(self): pass
try:
    with Bad2(): pass
except Exception as e: print(type(e).__name__, e)
l = threading.Lock()
with l as x: print(x, l.locked())
r = threading.RLock()
with r: print(r._is_owned() if hasattr(r, '_is_owned') else True)
with open(__file__) as f: print(f.readline().strip())
class E(Exception): pass
class Sup:
    def __enter__(self): return self
    def __exit__(self, t, v, tb): print('suppress', t.__name__); return True
with Sup(): raise E('x')
print('done')
class A: pass
async def f():
    async with A(): pass
try: f().send(None)
except Exception as e: print(type(e).__name__, e)
class B:
    async def __aenter__(self): pass
async def g():
    async with B(): pass
try: g().send(None)
except Exception as e: print(type(e).__name__, e)
