import os
import posixpath
import os.path
print(os.path is posixpath, os.path.join('a', 'b'))
os.environ['HOME'] = '/skein/home'
print(os.path.expanduser('~/x'), os.getenv('HOME'))
import sys
print(sys.modules['os'] is os, sys.modules['os.path'] is os.path)
