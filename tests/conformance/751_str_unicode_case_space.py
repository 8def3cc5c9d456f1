print("ǆemal".title(), "ǆ".capitalize(), "ß".title(), "ﬁre".capitalize(), "a1b2".title(), "hello-world foo_bar".title())
print("\x1c".isspace(), "\u00a0".isspace(), "\u200b".isspace(), "一".isnumeric(), "Ⅷ".isnumeric(), "Ⅷ".isdigit())
print("\x1fa b\x1c".split(), repr("\x1c x \x1d".strip()), "a\x1eb".split(None, 1))
