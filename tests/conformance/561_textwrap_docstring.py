import textwrap
def f():
    """
    First line.
        Indented more.
    Last line.
    """
doc = '''
    First line.
        Indented more.
    Last line.
    '''
print(textwrap.dedent(doc))
print(repr(textwrap.dedent('\tx\n\ty')))
print(repr(textwrap.dedent('  a\n    b\n')))
code = textwrap.dedent('''\
    def hello():
        print("hi")
''')
print(code, end='')
print(textwrap.indent(code, '    ', lambda line: 'print' in line), end='')
print(textwrap.fill('word ' * 20, width=30))
