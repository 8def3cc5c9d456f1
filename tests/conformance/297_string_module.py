# string constants, Template substitute/safe_substitute and errors, capwords
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable))
print(string.punctuation)
t = string.Template('$who likes ${what}s; $$5 for $who')
print(t.substitute(who='Tim', what='apple'), t.safe_substitute(who='Ann'), t.template)
print(string.Template('$a$b').substitute({'a': 1}, b=2), string.capwords('hello   big world'), string.capwords('a-b c', '-'))
for fn in [lambda: t.substitute(who='x'), lambda: string.Template('$').substitute(), lambda: string.Template('${a').substitute(a=1),
           lambda: string.Template('$1').substitute()]:
    try:
        print(fn())
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template('$x $y').safe_substitute(x=1), string.Template('100$').safe_substitute())
