# sys attributes: argv, version_info, maxsize, platform, path, modules, recursion limit
import sys
print(len(sys.argv), sys.argv[0].endswith('270_sys_basics.py'))
print(sys.version_info[:2], sys.version_info[0] == 3, sys.version_info >= (3, 8), sys.version.startswith('3.11'))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.platform, sys.byteorder)
print(type(sys.path).__name__, 'sys' in sys.modules, 'builtins' in sys.modules, sys.modules['sys'] is sys)
import json
print('json' in sys.modules, sys.modules['json'] is json)
print(sys.getrecursionlimit() >= 1000)
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print(type(e).__name__, e)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.getdefaultencoding())
print(sys.intern('abc') == 'abc', sys.hexversion >> 24)
