# hashlib against published test vectors
import hashlib
vectors = [(b'abc', 'md5', '900150983cd24fb0d6963f7d28e17f72'), (b'abc', 'sha1', 'a9993e364706816aba3e25717850c26c9cd0d89d'),
           (b'abc', 'sha256', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'),
           (b'', 'sha256', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'),
           (b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', 'sha1', '84983e441c3bd26ebaae4aa1f95129e5e54670f1'),
           (b'a' * 1000000, 'md5', '7707d6ae4e027c70eea2a935c2296f21')]
for data, name, want in vectors:
    got = hashlib.new(name, data).hexdigest()
    print(name, len(data), got == want)
print(hashlib.sha512(b'abc').hexdigest()[:32], hashlib.sha384(b'abc').hexdigest()[:32], hashlib.sha224(b'abc').hexdigest())
