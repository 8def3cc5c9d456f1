# str() and repr() of builtin exceptions with 0, 1 and several args
for exc in [ValueError(), ValueError('msg'), ValueError('a', 2), KeyError('k'), KeyError(), KeyError('a', 'b'), KeyError(('t',)),
            IndexError(3), OSError(2, 'No such file'), Exception(None), TypeError(''), StopIteration(5), SystemExit(3), ZeroDivisionError('z')]:
    print(repr(exc), '|', str(exc), '|', exc.args)
e = OSError(2, 'No such file', 'name.txt')
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
print(str(FileNotFoundError(2, 'missing', 'f')), isinstance(FileNotFoundError(), OSError), StopIteration(7).value, SystemExit(4).code)
