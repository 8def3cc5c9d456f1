# sys.exit inside nested functions runs finally blocks and context managers first
import sys, contextlib
@contextlib.contextmanager
def announce():
    try:
        yield
    finally:
        print('context closed')
def work():
    try:
        with announce():
            sys.exit(4)
    finally:
        print('finally ran')
try:
    work()
except Exception:
    print('not caught by except Exception')
print('unreachable')
