import os
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.devnull)
print(os.getpid() > 0, os.getppid() > 0, isinstance(os.getpid(), int))
print(os.getpid() == os.getpid(), os.cpu_count() >= 1)
os.environ['SKEIN_TEST_VAR'] = 'hello'
print(os.environ['SKEIN_TEST_VAR'], os.getenv('SKEIN_TEST_VAR'), os.environ.get('SKEIN_TEST_VAR'))
print(os.getenv('SKEIN_NO_SUCH_VAR'), os.getenv('SKEIN_NO_SUCH_VAR', 'default'))
print('PATH' in os.environ)
b = os.urandom(16)
print(type(b).__name__, len(b), len(os.urandom(0)))
print(os.path is os.path, os.fspath('abc'))
