# hashlib: hash objects (md5, sha1, sha2) over the native _hashlib digests, plus pbkdf2_hmac and scrypt.

import _hashlib

_SIZES = {
    'md5': (16, 64),
    'sha1': (20, 64),
    'sha224': (28, 64),
    'sha256': (32, 64),
    'sha384': (48, 128),
    'sha512': (64, 128),
}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


def _check(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if not isinstance(data, bytes):
        raise TypeError("object supporting the buffer API required")


class HASH:
    def __init__(self, name, data=b''):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._chunks = []
        self.update(data)

    def update(self, data):
        _check(data)
        self._chunks.append(data)

    def digest(self):
        return _hashlib.digest(self.name, self._chunks)

    def hexdigest(self):
        return _hashlib.hexdigest(self.name, self._chunks)

    def copy(self):
        h = HASH(self.name)
        h._chunks = list(self._chunks)
        return h

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError('new() argument \'name\' must be str, not %s' % type(name).__name__)
    key = name.lower()
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + name)
    if 'string' in kwargs:
        data = kwargs['string']
    return HASH(key, data)


def md5(data=b'', **kwargs):
    return new('md5', data, **kwargs)


def sha1(data=b'', **kwargs):
    return new('sha1', data, **kwargs)


def sha224(data=b'', **kwargs):
    return new('sha224', data, **kwargs)


def sha256(data=b'', **kwargs):
    return new('sha256', data, **kwargs)


def sha384(data=b'', **kwargs):
    return new('sha384', data, **kwargs)


def sha512(data=b'', **kwargs):
    return new('sha512', data, **kwargs)


pbkdf2_hmac = _hashlib.pbkdf2_hmac
scrypt = _hashlib.scrypt
