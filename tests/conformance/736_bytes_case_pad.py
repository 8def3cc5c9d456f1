b = b"Hello World 42"
print(b.upper(), b.lower(), b.swapcase(), b"hello world".title(), b"hELLO".capitalize())
print(b"abc".isalpha(), b"a1".isalnum(), b"12".isdigit(), b" \t".isspace(), b"AB".isupper(), b"ab".islower(), b"\x80".isascii())
print(b"ab".center(6, b"*"), b"ab".ljust(5), b"ab".rjust(5, b"0"), b"-5".zfill(4), b"7".zfill(3))
print(b"abcdef".removeprefix(b"ab"), b"abcdef".removesuffix(b"ef"), b"a\tb".expandtabs(4))
try:
    b"ab".center(6, b"**")
except TypeError as e:
    print("TypeError", e)
