import hashlib
h = hashlib.sha256()
for i in range(100):
    h.update(str(i).encode())
whole = ''.join(str(i) for i in range(100)).encode()
print(h.hexdigest() == hashlib.sha256(whole).hexdigest(), h.hexdigest()[:16])
m = hashlib.md5()
m.update(b'a')
c = m.copy()
m.update(b'b')
print(m.hexdigest(), c.hexdigest(), hashlib.md5(b'ab').hexdigest() == m.hexdigest())
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    h = hashlib.new(name, b'skein')
    print(name, h.digest_size, h.block_size, h.hexdigest()[:20], len(h.digest()))
print(hashlib.sha256(b'').hexdigest())
print(hashlib.sha1(b'The quick brown fox jumps over the lazy dog').hexdigest())
