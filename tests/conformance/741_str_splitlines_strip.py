t = "a\nb\r\nc\rd\x0be\x0cf\x1cg\u2028h\n"
print(t.splitlines())
print(t.splitlines(True))
print("".splitlines(), "\n".splitlines(), "x".splitlines(keepends=True))
print("  x  ".strip(), "xxhixx".strip("x"), "xyhiyx".lstrip("xy"), "xyhiyx".rstrip("xy"), "\t\n y \x0c".strip())
print("abc".strip(""), "abc".strip(None))
