import os.path
import os
from os.path import join, splitext
print(join('a', 'b', 'c'), join('/a', '/b', 'c'), join('a/', 'b'), join('', 'x'), join('a'))
print(os.path.split('/usr/lib/x.py'), os.path.split('x.py'), os.path.split('/'), os.path.split('a//b'))
print(os.path.basename('/a/b/'), os.path.basename('a.txt'), os.path.dirname('a.txt'), os.path.dirname('/a/b/'))
print(splitext('a/b.tar.gz'), splitext('.bashrc'), splitext('a.b/c'), splitext('x.'), splitext('..a'))
print(os.path.isabs('/x'), os.path.isabs('x'))
print(os.path.normpath('/a/./b/../c//d/'), os.path.normpath('../x/..'), os.path.normpath(''), os.path.normpath('//a'))
print(os.path.abspath('/a/b/../c'), os.path.abspath('x') == os.path.join(os.getcwd(), 'x'))
print(os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c'), os.path.commonprefix(['/usr/lib', '/usr/local']))
print(os.path.sep, os.path.exists('/'), os.path.isdir('/'), os.path.isfile('/'))
