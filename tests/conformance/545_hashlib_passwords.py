import hashlib
import os
def hash_password(pw, salt):
    return hashlib.scrypt(pw.encode(), salt=salt, n=2048, p=1, r=8)
salt = b'0123456789abcdef'
a = hash_password('secret', salt)
b = hash_password('secret', salt)
c = hash_password('other', salt)
print(len(a), a == b, a == c, hashlib.sha256(a).hexdigest()[:32])
s = os.urandom(16)
print(hash_password('x', s) == hash_password('x', s))
k = hashlib.pbkdf2_hmac('sha512', b'password', b'salt', 100, dklen=32)
print(len(k), hashlib.md5(k).hexdigest())
for name in ['md5', 'sha1', 'sha224', 'sha384']:
    print(name, len(hashlib.pbkdf2_hmac(name, b'p', b's', 3)), hashlib.sha1(hashlib.pbkdf2_hmac(name, b'p', b's', 3)).hexdigest()[:12])
print(len(hashlib.scrypt(b'pw', salt=b'salt', n=1024, r=8, p=2, dklen=20)))
