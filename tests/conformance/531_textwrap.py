import textwrap
s = '''
    hello
      world
    end
'''
print(repr(textwrap.dedent(s)))
print(textwrap.dedent('  a\n\tb'))
print(repr(textwrap.dedent('    x\n\n    y\n')))
print(repr(textwrap.dedent('  same\n  lines')))
print(textwrap.indent('a\nb\n\nc', '> '))
print(textwrap.wrap('The quick brown fox jumps over the lazy dog', width=10))
print(textwrap.fill('The quick brown fox jumps over the lazy dog', width=15))
print(textwrap.shorten('Hello  world! This is long', width=12))
