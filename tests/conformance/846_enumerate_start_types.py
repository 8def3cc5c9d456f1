# enumerate start accepts big ints, bools and __index__ objects; rejects floats and strings
class Idx:
    def __index__(self):
        return 10
print(list(enumerate('ab', 2 ** 64)), list(enumerate('ab', True)), list(enumerate('a', -(2 ** 70))))
for start in [1.5, '1', None]:
    try:
        enumerate('a', start)
    except TypeError as e:
        print(type(e).__name__, e)
