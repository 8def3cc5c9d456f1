# SyntaxError's fields come from its arguments, str() is `msg (file, line N)` and
# traceback.format_exception_only shows the location block.
import traceback

e = SyntaxError('bad thing', ('/a/b/f.py', 3, 4, 'x = = 1\n', 3, 6))
print(repr(str(e)), e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(repr(str(SyntaxError('m'))), repr(str(SyntaxError())), repr(str(SyntaxError('m', ('f', None, None, None)))))
print(SyntaxError('m').lineno, SyntaxError('m').print_file_and_line, SyntaxError().msg)
e2 = SyntaxError('m')
e2.lineno = 5
print(str(e2))
e3 = SyntaxError('m')
e3.filename = 'q/z.py'
print(str(e3))
print(str(IndentationError('expected an indented block', ('f.py', 2, 1, 'x\n', 2, -1))))
try:
    compile('x = = 1', 'dir/mod.py', 'exec')
except SyntaxError as e:
    print(str(e))
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.args[0], e.args[1][:4])
try:
    eval('1 +')
except SyntaxError as e:
    print(str(e))
try:
    exec('def f(:\n  pass')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(type(e), e)), end='')
print(''.join(traceback.format_exception_only(SyntaxError('no place'))), end='')
print(''.join(traceback.format_exception_only(ValueError('v'))), end='')
print(str(OSError(2, 'No such file', None)), '|', str(OSError(2, 'No such file', 'x')))


class MyErr(SyntaxError):
    def __str__(self):
        return 'custom'


print(str(MyErr('a', ('f', 1, 1, 'x'))))
