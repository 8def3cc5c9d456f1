# isinstance / issubclass with tuples, nested tuples, bool/int, and errors
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)), isinstance(1, ((str,), (float, int))))
print(isinstance(None, type(None)), isinstance([], (list, tuple)), isinstance(int, type), isinstance(type, object), isinstance(1, ()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(KeyError, LookupError), issubclass(int, int))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, (int, A)), issubclass(A, B), isinstance(A, type), issubclass(type, object))
for fn in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int),
           lambda: issubclass(int, 1), lambda: isinstance(1), lambda: issubclass(int, (int, 'x'))]:
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
