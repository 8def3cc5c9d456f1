from string import Template, ascii_letters, digits, punctuation, capwords
import string
t = Template('Hello $name, you owe $$${amount}.')
print(t.substitute(name='Ann', amount='5'))
try:
    t.substitute(name='Ann')
except KeyError as e:
    print('KeyError:', e)
print(Template('$x$y').safe_substitute(x='1'), Template('${a}b').substitute(a='A'))
try:
    Template('bad $').substitute()
except ValueError as e:
    print('ValueError:', e)
print(len(ascii_letters), digits.isdigit(), '!' in punctuation, capwords(' lots  of   space '))
ok = set(string.ascii_letters + string.digits + '_')
print(all(c in ok for c in 'user_42'), any(c in ok for c in '!?'))
