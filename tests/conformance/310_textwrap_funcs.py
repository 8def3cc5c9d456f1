# textwrap.dedent / indent / fill / wrap / shorten
import textwrap
s = '''
    def f():
        return 1
      odd
'''
print(repr(textwrap.dedent(s)))
print(repr(textwrap.dedent('  a\n\n  b\n')), repr(textwrap.dedent('\ta\n  b')))
print(textwrap.indent('a\nb\n\nc', '> '), textwrap.indent('x\n  \ny', '+', lambda line: True), sep='\n---\n')
text = 'The quick brown fox jumps over the lazy dog and keeps running far away'
print(textwrap.fill(text, width=20))
print(textwrap.wrap(text, 25), textwrap.wrap('', 10), textwrap.wrap('short', 10))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(text, 30), textwrap.shorten('a  b   c', 10), textwrap.fill('abcdefghijklmnop', 5))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print(type(e).__name__, e)
