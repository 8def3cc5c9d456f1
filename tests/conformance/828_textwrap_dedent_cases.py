# textwrap.dedent: common prefix only, whitespace-only lines normalized, tabs vs spaces
import textwrap
cases = ['  a\n  b', '  a\n    b\n  c', '\ta\n\tb', '\ta\n    b', '  a\n\n  b', '  a\n   \n  b', 'a\n  b', '', '   ', '  x  \n  y']
for c in cases:
    print(repr(c), '->', repr(textwrap.dedent(c)))
print(repr(textwrap.indent('a\n  b\n\nc\n', '--')), repr(textwrap.indent('x\ny', ' ', lambda l: l.startswith('y'))))
