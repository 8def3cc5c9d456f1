# int()/float() accept Unicode decimal digits and whitespace; reject other digits
print(int('١٢٣'), int('０１２'), int('\u0967\u0968'), float('１.５'), int(' \t\n42\r\x0b\x0c '), float('\u2003 3.5 \u3000'))
for s in ['²', '½', '一', '1\u00a02', 'Ⅻ', '0x10']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(int('٣', 16), int('z', 36), int('Z', 36), int('1' * 50, 2))
