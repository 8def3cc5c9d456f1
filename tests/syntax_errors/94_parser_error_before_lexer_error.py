print(x y)
s = "unterminated
