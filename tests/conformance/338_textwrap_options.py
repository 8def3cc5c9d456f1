# textwrap.wrap/fill options and TextWrapper
import textwrap
s = 'A well-known state-of-the-art algorithm handles supercalifragilisticexpialidocious words.'
t = 'A quick brown fox jumps over supercalifragilistic words and more words here.'
print(textwrap.wrap(t, 12, break_long_words=False))
print(textwrap.wrap('a b', 10, drop_whitespace=False))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world!', width=11), textwrap.shorten('x', 5, placeholder='..'))
print(repr(textwrap.indent('a\n\nb\n', '  ')), repr(textwrap.dedent('    x\n  \n    y')))
