print("hello world".title(), "they're bill's".title(), "hELLO wORLD".capitalize(), "Hello".swapcase())
print("Straße".casefold(), "ΣΑΣ".lower(), "ﬁ".upper(), "İ".lower() == "i\u0307", "ß".upper())
print("abc".upper(), "ABC".lower(), "1a2b".title(), "ǆ".capitalize() if False else "ok")
