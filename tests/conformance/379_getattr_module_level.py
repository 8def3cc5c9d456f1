# getattr/setattr/delattr/hasattr on modules and classes
import math, json
print(getattr(math, 'pi'), hasattr(math, 'nope'), getattr(math, 'nope', 'default'))
m = json
setattr(m, 'value', 42)
print(m.value, hasattr(m, 'value'), m.__name__)
delattr(m, 'value')
print(hasattr(m, 'value'))
try:
    m.value
except AttributeError as e:
    print(type(e).__name__, e)
class C:
    x = 1
setattr(C, 'y', 2)
print(C.y, C().y, getattr(C, 'x'))
delattr(C, 'x')
print(hasattr(C, 'x'), hasattr(C(), 'y'))
try:
    delattr(C, 'x')
except AttributeError as e:
    print(type(e).__name__, e)
