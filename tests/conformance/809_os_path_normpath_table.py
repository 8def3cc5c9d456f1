# posixpath.normpath / join / split over a table of tricky inputs
import os.path as p
for s in ['', '.', '..', '/', '//', '///', 'a/b/../../..', './a/./b/', '/../a', 'a//b', '/a/b/./../c/', 'a/../b/../c', '~/x', 'x/.']:
    print(repr(s), repr(p.normpath(s)), p.split(s), p.basename(s), repr(p.dirname(s)), p.splitext(s), p.isabs(s))
print(p.join('/', 'a'), p.join('a', 'b/', 'c'), p.join('a', '', ''), p.join('', ''), p.join('/a', '..', 'b'))
