def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
t('a', lambda: eval('1+2'))
t('a2', lambda: eval('  [i*i for i in range(4)]'))
t('b', lambda: eval('x*2', {'x': 5}))
t('b2', lambda: eval('x+y', {'x': 1}, {'y': 2}))
t('b3', lambda: eval('len(s)', {'s': 'abc'}))
g = {}
t('c', lambda: exec('y = 3\nz = y + 1\ndef f(): return z * 2', g))
print(sorted(k for k in g if k != '__builtins__'), g['z'], g['f']())
ns = {}
exec('a = 1', {}, ns)
print(ns)
exec('b = a + 1', {'a': 5}, ns)
print(ns)
def f(a, b=2):
    c = a + b
    return locals()
t('d', lambda: f(1))
def h():
    x = 10
    def inner():
        return x
    y = eval('x + 1')
    exec('w = x * 3')
    return y, sorted(k for k in locals() if k != 'w'), vars() is not None
t('e', h)
gv = 1
exec('gv = 2')
print(gv)
exec('print(gv + 1)')
for src in ('1 +', 'x = = 2'):
    try:
        exec(src)
    except SyntaxError as e:
        print('syntax', e.msg, e.lineno)
t('h', lambda: eval(compile('3*4', '<s>', 'eval')))
t('i', lambda: exec(compile('print("hi")', '<s>', 'exec')))
t('j', lambda: exec(compile('5+5', '<s>', 'single')))
t('k', lambda: compile('1', '<s>', 'bogus'))
t('l', lambda: eval(42))
t('m', lambda: exec(42))
t('n', lambda: eval('1', []))
t('o', lambda: exec('1', []))
t('p', lambda: eval('undefined_name'))
t('q', lambda: exec('raise ValueError("boom")'))
class C:
    x = 5
    print(sorted(k for k in locals() if not k.startswith('__')))
t('r', lambda: type(locals()).__name__)
print(sorted(k for k in locals() if k in ('t', 'g', 'gv', 'C')))
t('s', lambda: eval('__name__'))
t('s2', lambda: eval('__name__', {}))
t('u', lambda: exec("global q9\nq9 = 1", {}, {}))
for i in range(3):
    eval('i * 2', {'i': i})
t('v', lambda: eval(b'1+1'))
t('w', lambda: eval('lambda: 7')())
