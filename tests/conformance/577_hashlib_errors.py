import hashlib
def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print(r if not isinstance(r, bytes) else len(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(hashlib.md5, 'str')
attempt(hashlib.sha256().update, 'str')
attempt(hashlib.new, 'whirlpool9')
attempt(hashlib.pbkdf2_hmac, 'sha256', b'p', 's', 1)
attempt(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', -5)
attempt(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 1, dklen=0)
attempt(hashlib.scrypt, b'p', salt=b's', n=1, r=1, p=1)
attempt(hashlib.scrypt, b'p', salt=b's', n=4, r=1)
attempt(hashlib.scrypt, b'p', n=4, r=1, p=1)
attempt(hashlib.scrypt, b'p', salt=b's', n=4, r=1, p=1, dklen=0)
attempt(hashlib.scrypt, b'p', b's')
attempt(hashlib.scrypt, b'p', salt=b's', n=2 ** 20, r=8, p=1)
