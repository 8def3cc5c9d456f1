# hashlib hexdigests for the common algorithms, update chaining, copy, names
import hashlib
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    h = getattr(hashlib, name)(b'hello world')
    print(name, h.hexdigest(), h.digest_size, h.name)
h = hashlib.sha256()
h.update(b'hello ')
c = h.copy()
h.update(b'world')
print(h.hexdigest() == hashlib.sha256(b'hello world').hexdigest(), c.hexdigest() == hashlib.sha256(b'hello ').hexdigest())
print(hashlib.new('md5', b'').hexdigest(), hashlib.md5(b'a' * 1000).hexdigest(), len(hashlib.sha512().digest()))
try:
    hashlib.sha256('text')
except TypeError as e:
    print(type(e).__name__, e)
try:
    hashlib.new('nope')
except ValueError as e:
    print(type(e).__name__, e)
