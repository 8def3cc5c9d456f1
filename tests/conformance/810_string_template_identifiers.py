# string.Template: identifier rules, braces, escapes, subclass with a new delimiter, get_identifiers
import string
t = string.Template('$a_1 ${b2}x $$ $_under $9no')
print(t.safe_substitute(a_1='A', b2='B', _under='U'))
try:
    t.substitute(a_1='A', b2='B', _under='U')
except ValueError as e:
    print(type(e).__name__, e)
class Pct(string.Template):
    delimiter = '%'
print(Pct('%who owes %{amt}').substitute(who='Bob', amt='$5'))
print(string.Template('$x and $y and ${x}').get_identifiers(), string.Template('${x}').is_valid(), string.Template('$').is_valid())
print(string.Template('no placeholders').substitute(), string.Template('$a').substitute({'a': [1, 2]}))
