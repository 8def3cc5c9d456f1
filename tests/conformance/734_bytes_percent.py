print(b"%d items" % 3, b"%5.2f|" % 2.5, b"%x %o %X" % (255, 8, 255))
print(b"%s and %s" % (b"this", bytearray(b"that")), b"%c" % 65, b"%%")
print(b"%(k)s" % {b"k": b"v"} if False else b"%-4d|" % 7)
try:
    b"%s" % "text"
except TypeError as e:
    print("TypeError", e)
