# repr and ascii of builtin values and of objects with __repr__ / __str__
vals = ['it\'s', 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', '\x00\x7f', 'é', '日本', '\U0001f600', '\u200b', b'\x00a\'', 1.0, None, [1, 'a'], {'k': (1,)}]
for v in vals:
    print(repr(v), ascii(v))
class A:
    def __repr__(self):
        return 'A<é>'
class B:
    def __str__(self):
        return 'B-str'
class C:
    def __repr__(self):
        return 5
print(repr(A()), ascii(A()), str(A()), str(B()), [A()], f'{A()!a}')
print(repr(B()).startswith('<__main__.B object at 0x'))
try:
    repr(C())
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def __str__(self):
        return None
try:
    str(D())
except TypeError as e:
    print(type(e).__name__, e)
print(repr(repr), repr(len), repr(int), repr(ValueError), repr(type(None)), repr(...), repr(NotImplemented))
