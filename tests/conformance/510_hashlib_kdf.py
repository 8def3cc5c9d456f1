import hashlib
k = hashlib.scrypt(b'password', salt=b'salt', n=2048, p=1, r=8)
print(type(k).__name__, len(k), hashlib.sha256(k).hexdigest())
k2 = hashlib.scrypt(b'password', salt=b'salt', n=16, r=1, p=1, dklen=16)
print(len(k2), hashlib.md5(k2).hexdigest())
d = hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000)
print(len(d), hashlib.sha1(d).hexdigest())
d = hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, dklen=10)
print(len(d), hashlib.sha1(d).hexdigest())
def attempt(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(hashlib.sha256, 'text')
attempt(hashlib.new, 'nope')
attempt(hashlib.scrypt, b'pw', salt=b's', n=3, r=8, p=1)
attempt(hashlib.scrypt, b'pw', salt=b's')
attempt(hashlib.scrypt, 'pw', salt=b's', n=2, r=8, p=1)
attempt(hashlib.pbkdf2_hmac, 'sha256', 'pw', b's', 1)
attempt(hashlib.pbkdf2_hmac, 'sha256', b'pw', b's', 0)
