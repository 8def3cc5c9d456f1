# iteration protocol errors
for v in [5, None, 1.5]:
    try:
        for _ in v:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 42
class NoNext:
    def __iter__(self):
        return self
for obj in [BadIter(), NoNext()]:
    try:
        for _ in obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a, b = 7
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    'x' in 5
except TypeError as e:
    print(type(e).__name__, e)
