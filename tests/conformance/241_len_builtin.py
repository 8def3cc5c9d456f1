# len of builtins, __len__ protocol and its errors
print(len([1, 2]), len(()), len('héllo'), len(b'ab'), len({1: 2}), len({1, 2, 2}), len(range(3, 10, 2)), len(frozenset()))
class L:
    def __len__(self):
        return 5
print(len(L()), bool(L()))
class Neg:
    def __len__(self):
        return -1
class Str:
    def __len__(self):
        return '3'
class Big:
    def __len__(self):
        return 2 ** 70
class Bool:
    def __len__(self):
        return True
print(len(Bool()))
for obj in [Neg(), Str(), Big(), 5, None]:
    try:
        print(len(obj))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
