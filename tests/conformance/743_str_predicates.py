tests = ["abc", "ABC", "Abc Def", "abc1", "123", "½", "²", "٣", " \t", "", "a_b", "1a", "Ab Cd", "AB cd", "ǅ", "é", "\x7f", "ab\n"]
for t in tests:
    print(repr(t), t.isalpha(), t.isalnum(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isspace(),
          t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isascii(), t.isprintable())
