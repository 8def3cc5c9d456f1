# importlib: import_module (absolute and package-relative names) over __import__.

import sys as _sys


def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        while level < len(name) and name[level] == '.':
            level += 1
        base = package.rsplit('.', level - 1)[0]
        name = base + '.' + name[level:] if name[level:] else base
    __import__(name)
    return _sys.modules[name]


def invalidate_caches():
    pass
