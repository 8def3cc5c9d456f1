# textwrap.TextWrapper: hyphen splitting, long words, max_lines/placeholder, tabs, sentence endings
import textwrap
s = 'A well-known state-of-the-art algorithm handles supercalifragilisticexpialidocious words.'
for w in (5, 8, 12, 20, 30):
    print(textwrap.wrap(s, w))
    print(textwrap.wrap(s, w, break_long_words=False))
    print(textwrap.wrap(s, w, break_on_hyphens=False))
    print(textwrap.wrap(s, w, max_lines=2))
t = 'Hello--world, foo---bar baz-- qux. Is it? Yes! "Quote." end\ttab\t\tx  mm-nn-oo a-b-c 1-2 ab-12 --x x-- e-mail'
for w in (6, 10, 15):
    print(textwrap.wrap(t, w))
    print(textwrap.wrap(t, w, fix_sentence_endings=True, drop_whitespace=False))
w = textwrap.TextWrapper(width=25, initial_indent='> ', subsequent_indent='. ')
print(w.fill(s))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world!', width=11), textwrap.shorten('x', 5, placeholder='..'))
print(textwrap.wrap('one\ttwo  three\nfour', 8), textwrap.wrap('  lead', 10), textwrap.wrap('a b', 10, drop_whitespace=False))
print(textwrap.wrap('ab\tcd', 20, tabsize=4), textwrap.wrap('x' * 25, 10, max_lines=2, placeholder='...'))
