import math, os, hashlib
for f in [math.factorial, math.sqrt, os.getpid, os.listdir, hashlib.scrypt, hashlib.pbkdf2_hmac]:
    print(f, f.__name__, f.__qualname__, f.__module__)
print(len.__module__, [].append.__module__ if hasattr([].append, '__module__') else None)
