import functools
def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(2, 3))
print(add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__wrapped__(4, 5))
class C:
    @logged
    def m(self):
        """method doc"""
        return 42
print(C().m(), C.m.__qualname__, C.m.__name__)
def outer(f):
    def inner():
        return f()
    return functools.update_wrapper(inner, f)
@outer
def hello():
    """hi"""
    return 'hello'
print(hello(), hello.__name__, hello.__doc__)
