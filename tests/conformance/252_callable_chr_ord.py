# callable, chr and ord including boundaries and errors
class C:
    def __call__(self):
        return 1
class D:
    pass
print(callable(len), callable(C()), callable(D()), callable(D), callable(1), callable(lambda: 0), callable(print), callable(C.__call__))
print(chr(65), chr(0x263A), chr(0), chr(0x10FFFF) == '\U0010ffff', ord('a'), ord('€'), ord('\U0001f600'), ord(b'A'))
for fn in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr('a'), lambda: chr(1.5), lambda: ord(''),
           lambda: ord('ab'), lambda: ord(1), lambda: ord(b'ab'), lambda: chr(2 ** 70)]:
    try:
        print(fn())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
