# A SyntaxError raised by compile()/exec() prints where the bad source is: its file,
# line, the line's text without indentation, and carets under the offending span.
for src in ['x = (', 'def f(:\n', 'if 1:\n        y = )', '1 +* 2', 'a = 1\nb = (1,\n']:
    try:
        compile(src, 'bad.py', 'exec')
    except SyntaxError as e:
        print(e.filename, e.lineno, e.offset, repr(e.msg))


def nested():
    exec('if True:\n    a = 1 +')


nested()
