# AttributeError messages for instances, types, modules, None and builtin values
import math
class K:
    pass
for obj, name in [(1, 'foo'), ([], 'push'), (None, 'x'), ('s', 'lenght'), (K(), 'missing'), (K, 'missing'), (int, 'nope'), (math, 'tau2'), ({}, 'has_key'), (1.5, 'numerator')]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e).__name__, e)
for obj in [1, 'x', [], None]:
    try:
        obj.attr = 1
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    del K().nothing
except AttributeError as e:
    print(type(e).__name__, e)
