# posixpath.splitext/basename/dirname over names with dots in odd places
import os.path as p
for s in ['a.txt', 'a.b.c', '.hidden', '..double', 'a.', 'dir.d/file', 'dir.d/.rc', '/x/y.tar.gz', 'noext', '...', '.a.b', 'a/b/', '']:
    print(repr(s), p.splitext(s), repr(p.basename(s)), repr(p.dirname(s)), p.split(s))
