import string
print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(string.ascii_lowercase.encode())
print(string.capwords('hello   big world'), string.capwords('a-b c-d', '-'))
t = string.Template('$who likes ${what}; $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}))
print(string.Template('$a and $b').safe_substitute(a=1))
try:
    string.Template('$a').substitute()
except KeyError as e:
    print('KeyError:', e)
print(string.Formatter().format('{0}-{x}', 1, x=2))
