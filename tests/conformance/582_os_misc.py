import os
import sys
print(os.sep, os.path.sep, os.extsep, os.altsep, os.name)
pid = os.getpid()
print(type(pid).__name__, pid == os.getpid(), os.getppid() != pid)
print(isinstance(os.cpu_count(), int), os.fspath('p'))
cwd = os.getcwd()
os.chdir('/')
print(os.getcwd())
os.chdir(cwd)
print(os.getcwd() == cwd)
print(len(os.urandom(32)), os.urandom(8) != os.urandom(8))
try:
    os.kill(pid, 0)
    print('alive')
except OSError as e:
    print(e)
try:
    os.fspath(5)
except TypeError as e:
    print('TypeError:', e)
