# getattr with default, setattr, hasattr, delattr and their errors
class P:
    cls_attr = 'c'
    def __init__(self):
        self.x = 1
p = P()
print(getattr(p, 'x'), getattr(p, 'y', 'dflt'), getattr(p, 'cls_attr'), hasattr(p, 'x'), hasattr(p, 'nope'))
setattr(p, 'y', 2); print(p.y, vars(p))
delattr(p, 'y'); print(hasattr(p, 'y'), getattr(p, 'y', None))
print(getattr(1, 'real'), getattr([], 'nope', 0), hasattr(len, '__name__'), getattr(P, '__name__'))
for fn in [lambda: getattr(p, 'zz'), lambda: delattr(p, 'zz'), lambda: getattr(p, 1), lambda: setattr(p, 2, 3),
           lambda: hasattr(p, None), lambda: getattr(p), lambda: setattr(1, 'x', 2), lambda: delattr(P, 'nope'),
           lambda: setattr([], 'a', 1), lambda: getattr(None, 'x'), lambda: getattr(P, 'zz')]:
    try:
        print(fn())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class G:
    def __getattr__(self, name):
        if name == 'magic':
            return 42
        raise AttributeError(name)
print(getattr(G(), 'magic'), hasattr(G(), 'other'), getattr(G(), 'other', 'd'))
class H:
    @property
    def boom(self):
        raise ValueError('not attribute error')
try:
    hasattr(H(), 'boom')
except ValueError as e:
    print(type(e).__name__, e)
