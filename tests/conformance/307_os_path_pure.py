# os.path string functions: join/split/splitext/basename/dirname/normpath/isabs/relpath/commonprefix
import os.path as p
print(p.join('a', 'b', 'c'), p.join('a/', 'b'), p.join('a', '/abs', 'c'), p.join('', 'x'), p.join('a', ''))
print(p.split('/a/b/c.txt'), p.split('c.txt'), p.split('/'), p.split('a/b/'), p.splitext('x.tar.gz'), p.splitext('.bashrc'), p.splitext('a/b.c/d'))
print(p.basename('/a/b/'), p.basename('/a/b'), p.dirname('/a/b'), p.dirname('b'), p.isabs('/x'), p.isabs('x'))
print(p.normpath('/a/./b/../c//d/'), p.normpath('a/../..'), p.normpath(''), p.normpath('//x'), p.relpath('/a/b/c', '/a'), p.relpath('/a', '/a/b/c'))
print(p.commonprefix(['/usr/lib', '/usr/local']), p.commonpath(['/usr/lib', '/usr/local']), p.abspath('/x/../y'), p.expanduser('noTilde'))
print(p.abspath('rel') == p.join(__import__('os').getcwd(), 'rel'), p.sep, p.extsep, p.splitdrive('/a/b'))
try:
    p.join('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.commonpath(['/a', 'b'])
except ValueError as e:
    print(type(e).__name__, e)
