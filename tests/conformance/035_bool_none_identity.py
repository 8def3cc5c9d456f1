print(True and False, True or False, not None, None is None, None == None, 1 == True, 0 == False)
print(bool(0), bool(""), bool([]), bool({}), bool(()), bool(0.0), bool(None), bool("0"), bool([0]))
print(isinstance(True, int), True + 1, str(True), repr(False), int(True), float(False))
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, id(a) == id(b))
print(type(None).__name__, None.__class__.__name__, type(True).__mro__)
x = None
print(x or "default", x and "never", [] or [1], 0 or 0.0)
