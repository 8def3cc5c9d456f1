# KeyError messages repr the key; str of KeyError is the repr of its argument
d = {}
for k in ['a', 1, (1, 2), None, 'it\'s', 1.5, frozenset(), '', ('x',)]:
    try:
        d[k]
    except KeyError as e:
        print(repr(str(e)), e.args)
try:
    {}.pop(('a', 'b'))
except KeyError as e:
    print(e)
try:
    set().remove(3)
except KeyError as e:
    print(e, repr(e))
