# repr of strings: which characters are escaped (non-printables, separators, quotes)
chars = ['\x00', '\x07', '\x1b', '\x7f', '\x80', '\x9f', '\xa0', '\xad', 'é', '\u0378', '\u2028', '\u200b', '\ufeff', '\U0001f600', '\U000e0001', '\ud800'[:0] + 'ok', "'", '"', '\\']
for c in chars:
    print(repr(c), ascii(c), len(repr(c)))
print(repr('mixed \'single\' and "double"'), repr("only 'single'"), repr('only "double"'), repr('tab\tand\r\n'))
print(ascii(['é', {'ü': 'ß'}]), repr('\x00' * 3), repr('a\u0300'), repr('\u3000'))
