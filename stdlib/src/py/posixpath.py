# os.path for POSIX: pure string operations on paths plus the file tests from the native os module.

import os as _os

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
altsep = None
devnull = '/dev/null'


def _fs(p):
    return _os.fspath(p)


def _check_arg_types(funcname, *args):
    for s in args:
        if not isinstance(s, (str, bytes)) and not hasattr(type(s), '__fspath__'):
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {type(s).__name__!r}') from None


def join(a, *p):
    _check_arg_types('join', a, *p)
    a = _fs(a)
    path = a
    for b in p:
        b = _fs(b)
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _fs(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    p = _fs(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _fs(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def splitext(p):
    p = _fs(p)
    sep_i = p.rfind('/')
    dot_i = p.rfind('.')
    if dot_i > sep_i:
        fi = sep_i + 1
        while fi < dot_i:
            if p[fi] != '.':
                return p[:dot_i], p[dot_i:]
            fi += 1
    return p, p[:0]


def isabs(s):
    return _fs(s).startswith('/')


def normpath(path):
    path = _fs(path)
    if path == '':
        return '.'
    initial = 0
    if path.startswith('/'):
        initial = 1
        if path.startswith('//') and not path.startswith('///'):
            initial = 2
    comps = path.split('/')
    new = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not new) or (new and new[-1] == '..'):
            new.append(comp)
        elif new:
            new.pop()
    path = '/'.join(new)
    if initial:
        path = '/' * initial + path
    return path or '.'


def abspath(path):
    path = _fs(path)
    if not path.startswith('/'):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(path):
    return abspath(path)


def exists(path):
    return _os._exists(path)


def isfile(path):
    return _os._isfile(path)


def isdir(path):
    return _os._isdir(path)


def islink(path):
    return _os._islink(path)


def getsize(path):
    return _os._getsize(path)


def getmtime(path):
    return _os._getmtime(path)


def expanduser(path):
    path = _fs(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = _os.environ.get('HOME', '/')
    return (home.rstrip('/') or '/') + path[i:]


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = [_fs(p) for p in paths]
    isabs_ = paths[0].startswith(sep)
    if any(p.startswith(sep) != isabs_ for p in paths):
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(sep) if c and c != curdir] for p in paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    return (sep if isabs_ else '') + sep.join(common)


def splitdrive(p):
    p = _fs(p)
    return p[:0], p


def relpath(path, start=None):
    if start is None:
        start = curdir
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)
