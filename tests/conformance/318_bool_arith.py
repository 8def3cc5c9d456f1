# bool is an int subclass: arithmetic results are ints, str/repr are names
print(True + True, True * 3, True - False, -True, +True, True / 2, True // 2, True % 2, True ** 10, abs(True))
print(str(True), repr(False), int(True), float(False), bool(0), bool(-1), bool(0.0), bool(''), bool('0'), bool([]), bool([0]))
print(True == 1, False == 0, True is bool(1), isinstance(True, int), type(True + 1).__name__, hash(True), sum([True] * 5))
print(bool(None), bool(range(0)), bool({}), bool(set()), bool(0j) if False else False, True > False, max(True, 2))
print(['no', 'yes'][True], {True: 'a', 1: 'b'}, {1, True, 1.0}, True.real, True.bit_length(), format(True, '>5'), f'{False!r:>6}')
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
print(bool(Z()), bool(L()), not Z(), Z() or 'fallback', bool(L() and 'never'))
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
