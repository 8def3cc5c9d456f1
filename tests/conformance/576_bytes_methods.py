import string
import random
print(b''.join([b'a', b'b', b'c']), b', '.join([b'x', b'y']), b'-'.join([]))
print(b'\x00\xffab'.hex(), b''.hex(), b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'c')))
print(b'hello'.find(b'll'), b'hello'.find(b'z'), b'hello'.find(108), b'banana'.count(b'an'), b'aaa'.count(b'a'))
lower = string.ascii_lowercase.encode()
random.seed(5)
pw = b''.join(bytes([random.choice(lower)]) for _ in range(10))
print(pw, len(pw), type(random.choice(lower)).__name__)
try:
    b''.join([b'a', 'b'])
except TypeError as e:
    print('TypeError:', e)
