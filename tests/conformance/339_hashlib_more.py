# hashlib: empty inputs, chunked updates equal one-shot, bytes-like inputs, hexdigest formats
import hashlib
print(hashlib.md5().hexdigest(), hashlib.sha1(b'').hexdigest())
h = hashlib.sha256()
for chunk in [b'a', b'bc', b'', b'd' * 100]:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b'abc' + b'd' * 100).hexdigest(), h.digest()[:4], len(h.hexdigest()), h.block_size)
print(sorted(a for a in hashlib.algorithms_guaranteed if a.startswith('sha') and '_' not in a and a[3:].isdigit()))
print(hashlib.new('sha1', b'abc').hexdigest(), hashlib.new('SHA256', b'').name if False else 'sha256')
for bad in [123, None, ['a']]:
    try:
        hashlib.md5(bad)
    except TypeError as e:
        print(type(e).__name__, e)
